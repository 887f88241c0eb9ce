using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>Turns an HTML page into an article: metadata, main text and the links inside it.</summary>
public static class HtmlToDocument
{
    private static readonly string[] Noise = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template"];

    public static ArticleDocument Convert(string html, Uri? baseUrl = null)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        var root = (IElement?)doc.QuerySelector("article") ?? doc.Body;
        if (root is null) return new ArticleDocument(Meta(doc, "og:title") ?? doc.Title ?? "", "");

        foreach (var el in root.QuerySelectorAll(string.Join(',', Noise)).ToList()) el.Remove();
        var heading = root.QuerySelector("h1");
        var title = Clean(Meta(doc, "og:title") ?? heading?.TextContent ?? doc.Title ?? "");
        heading?.Remove();

        var blocks = root.QuerySelectorAll("p, h2, h3, h4, li, blockquote, figcaption, pre")
            .Where(e => e.ParentElement?.Closest("p, li, blockquote") is null)
            .Select(e => Clean(e.TextContent))
            .Where(t => t.Length > 0);
        var body = string.Join('\n', blocks);
        var links = root.QuerySelectorAll("a[href]")
            .Select(a => Absolute(a.GetAttribute("href")!, baseUrl))
            .OfType<string>()
            .Distinct()
            .ToList();
        return new ArticleDocument(title, body, BodyLinks: links, Language: doc.DocumentElement.GetAttribute("lang"));
    }

    private static string? Meta(IDocument doc, string property) =>
        doc.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static string Clean(string text) =>
        string.Join(' ', ArticleText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Absolute(string href, Uri? baseUrl)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs))
            return abs.Scheme is "http" or "https" ? abs.ToString() : null;
        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var rel) ? rel.ToString() : null;
    }
}
