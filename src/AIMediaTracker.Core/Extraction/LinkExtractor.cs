using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds the absolute URLs an article cites, in its text and among its body links.</summary>
public static class LinkExtractor
{
    public static IReadOnlyList<LinkFact> Extract(ArticleText text, IReadOnlyList<string> bodyLinks)
    {
        var links = new List<LinkFact>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var found in text.Urls)
        {
            // Offsets match, but the stored text keeps the original characters.
            var url = found.Url.Replace(text.Matchable[found.Span.Start..found.Span.End], text[found.Span], StringComparison.Ordinal);
            if (seen.Add(Key(url))) links.Add(new LinkFact(url, found.Span));
        }
        foreach (var href in bodyLinks)
        {
            if (!IsAbsoluteWebAddress(href)) continue;
            if (seen.Add(Key(href))) links.Add(new LinkFact(href, null));
        }
        return links;
    }

    private static bool IsAbsoluteWebAddress(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    // "http://x.org/a/" and "https://x.org/a" name the same page.
    private static string Key(string url)
    {
        var s = url.Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        return s.TrimEnd('/');
    }
}
