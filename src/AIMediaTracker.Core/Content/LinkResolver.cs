namespace AIMediaTracker.Core.Content;

/// <summary>An href as an absolute http(s) URL, or null for anchors, scripts, mail and unresolvable links.</summary>
internal static class LinkResolver
{
    private static readonly string[] ShareMarkers = ["/sharer", "/intent/tweet", "/intent/post", "/share?", "/shareArticle", "addtoany.com", "/pin/create", "/submit?url="];

    // Share buttons point to a social network with this page as a parameter: not a citation.
    private static bool IsShareButton(Uri uri) =>
        ShareMarkers.Any(m => uri.PathAndQuery.Contains(m, StringComparison.OrdinalIgnoreCase) || uri.Host.Contains(m, StringComparison.OrdinalIgnoreCase));

    public static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith('#')) return null;
        if (href.StartsWith("//", StringComparison.Ordinal)) href = (baseUrl?.Scheme ?? "https") + ":" + href;
        Uri? uri;
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is not "file") uri = abs;
        else if (baseUrl is null || !Uri.TryCreate(baseUrl, href, out uri)) return null;
        if (uri.Scheme is not ("http" or "https")) return null;
        // A link back to the page itself (or one of its anchors) cites nothing.
        if (baseUrl is not null && uri.GetLeftPart(UriPartial.Query) == baseUrl.GetLeftPart(UriPartial.Query)) return null;
        return IsShareButton(uri) ? null : uri.AbsoluteUri;
    }
}
