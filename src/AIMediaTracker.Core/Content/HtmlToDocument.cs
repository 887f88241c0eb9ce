using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Turns an HTML page into an article: metadata from the head, then the main text found by
/// scoring candidate blocks (see <see cref="MainContentFinder"/>), cleaned of the furniture
/// publishers put inside articles, and the links cited in that text.
/// </summary>
public static class HtmlToDocument
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public static ArticleDocument Convert(string html, Uri? baseUrl = null)
    {
        var parser = new HtmlParser(ParserOptions);
        using var doc = parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(doc);
        var linkBase = baseUrl ?? BaseHref(doc) ?? (meta.CanonicalUrl is { } c ? new Uri(c) : null);
        var body = doc.Body;
        var (text, links) = body is null ? ("", []) : MainText(body, linkBase, meta.Title);
        return new ArticleDocument(meta.Title, ArticleText.Normalize(text), meta.Author, meta.PublishedAt, meta.Language, meta.CanonicalUrl, links);
    }

    private static (string Text, IReadOnlyList<string> Links) MainText(IElement body, Uri? linkBase, string title)
    {
        RemoveFurniture(body);
        var stats = TextStats.Of(body);
        var (top, roots) = MainContentFinder.Find(body, stats);
        var writer = new HtmlTextWriter(linkBase, title.Length > 0 ? title : null);
        if (LeadFinder.Find(body, top, roots, stats) is { } lead)
        {
            ContentCleaner.Clean(lead, stats);
            writer.Write(lead);
        }
        foreach (var root in roots)
        {
            if (!ReferenceEquals(root, top) && ContentCleaner.IsFurniture(root, stats)) continue;
            ContentCleaner.Clean(root, stats);
            writer.Write(root);
        }
        return (writer.Text, writer.Links);
    }

    /// <summary>Page chrome that never holds the article, removed before scoring so it cannot win.</summary>
    private static void RemoveFurniture(IElement body)
    {
        foreach (var e in body.QuerySelectorAll(string.Join(',', BoilerplateRules.JunkTags)).ToList())
            if (!e.LocalName.Equals("aside", StringComparison.Ordinal) || e.QuerySelector("blockquote.twitter-tweet") is null) e.Remove();
        foreach (var header in body.QuerySelectorAll("header").ToList())
            if (header.Closest("article, main, [itemprop=articleBody]") is null && header.QuerySelectorAll("p").Length < 3) header.Remove();

        var stats = TextStats.Of(body);
        var total = Math.Max(1, stats[body].Chars);
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!ReferenceEquals(e, body) && e.LocalName is not ("article" or "main" or "a")
                && (BoilerplateRules.IsHidden(e) || BoilerplateRules.IsUnlikely(e) && !HoldsThePage(e, stats, total)))
            {
                doomed.Add(e);
                continue;
            }
            foreach (var child in e.Children) stack.Push(child);
        }
        foreach (var e in doomed) e.Remove();
    }

    // A wrapper named "page-with-sidebar" that holds most of the text is the page, not a sidebar.
    private static bool HoldsThePage(IElement e, TextStats stats, int total) =>
        stats[e].Chars > total / 2 && (e.ClassName ?? "").IndexOf("comment", StringComparison.OrdinalIgnoreCase) < 0
        || e.QuerySelector("article, main, h1") is not null;

    private static Uri? BaseHref(IDocument doc) =>
        Uri.TryCreate(doc.QuerySelector("base[href]")?.GetAttribute("href"), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
