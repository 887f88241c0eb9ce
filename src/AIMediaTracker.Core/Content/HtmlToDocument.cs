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

    /// <summary>Below this many characters the extraction is taken to have missed the article.</summary>
    private const int ShortText = 250;

    /// <summary>A line at least this long reads as a sentence rather than a label or a button.</summary>
    private const int ProseLine = 80;

    public static ArticleDocument Convert(string html, Uri? baseUrl = null)
    {
        html = MarkupLimits.Limit(html);
        var parser = new HtmlParser(ParserOptions);
        using var doc = parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(doc);
        var linkBase = baseUrl ?? BaseHref(doc) ?? (meta.CanonicalUrl is { } c ? new Uri(c) : null);
        var (text, links) = doc.Body is null ? ("", []) : MainText(doc.Body, linkBase, meta.Title, byClassName: true);
        if (text.Length < ShortText && doc.Body is not null)
        {
            // Class names misled us (a live blog whose entries are called "comment"): try again without them.
            using var again = parser.ParseDocument(html);
            var retry = MainText(again.Body!, linkBase, meta.Title, byClassName: false);
            if (retry.Text.Length > text.Length * 2) (text, links) = retry;
        }
        // Script-rendered pages may carry their text only in JSON-LD.
        if (meta.ArticleBody is { } ldBody && ldBody.Length > Math.Max(ShortText, text.Length * 3))
            text = string.Join('\n', ldBody.Split('\n').Select(ContentCleaner.Normalise).Where(l => l.Length > 0));
        // Every rule removed everything (the text sat in a <header>, an <aside>, a "footer"): a reader still
        // sees it, so the page's visible text is better than an empty article.
        if (text.Length == 0 && doc.Body is not null)
        {
            using var again = parser.ParseDocument(html);
            var visible = VisibleText(again.Body!, linkBase, meta.Title);
            // Buttons and labels alone (« Ouvrir le mode avancé ») are not an article: a line of prose is needed.
            if (visible.Text.Split('\n').Any(l => l.Length >= ProseLine)) (text, links) = visible;
        }
        return new ArticleDocument(meta.Title, ArticleText.Normalize(text), meta.Author, meta.PublishedAt, meta.Language, meta.CanonicalUrl, links);
    }

    private static (string Text, IReadOnlyList<string> Links) MainText(IElement body, Uri? linkBase, string title, bool byClassName)
    {
        RemoveFurniture(body, byClassName);
        var stats = TextStats.Of(body);
        var (top, roots) = MainContentFinder.Find(body, stats);
        var writer = new HtmlTextWriter(linkBase, title.Length > 0 ? title : null);
        if (LeadFinder.Find(body, top, roots, stats) is { } lead)
        {
            ContentCleaner.Clean(lead, stats, byClassName);
            writer.Write(lead);
        }
        foreach (var root in roots)
        {
            if (!ReferenceEquals(root, top) && ContentCleaner.IsFurniture(root, stats)) continue;
            ContentCleaner.Clean(root, stats, byClassName);
            writer.Write(root);
        }
        return (writer.Text, writer.Links);
    }

    private static (string Text, IReadOnlyList<string> Links) VisibleText(IElement body, Uri? linkBase, string title)
    {
        foreach (var e in body.QuerySelectorAll("script, style, noscript, template, svg, button, select, option, textarea").ToList()) e.Remove();
        foreach (var e in body.QuerySelectorAll("[hidden], [style]").Where(BoilerplateRules.IsHidden).ToList()) e.Remove();
        var writer = new HtmlTextWriter(linkBase, title.Length > 0 ? title : null);
        writer.Write(body);
        return (writer.Text, writer.Links);
    }

    /// <summary>Page chrome that never holds the article, removed before scoring so it cannot win.</summary>
    private static void RemoveFurniture(IElement body, bool byClassName)
    {
        foreach (var e in body.QuerySelectorAll(string.Join(',', BoilerplateRules.JunkTags)).ToList())
            if (!e.LocalName.Equals("aside", StringComparison.Ordinal) || e.QuerySelector("blockquote.twitter-tweet") is null) e.Remove();
        foreach (var header in body.QuerySelectorAll("header").ToList())
            // A header holding the h1 is the article's own (headline, chapô), not the site banner.
            if (header.Closest("article, main, [itemprop=articleBody]") is null && header.QuerySelector("h1") is null && header.QuerySelectorAll("p").Length < 3) header.Remove();

        var stats = TextStats.Of(body);
        var total = Math.Max(1, stats[body].Chars);
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!ReferenceEquals(e, body) && e.LocalName is not ("article" or "main" or "a")
                && (BoilerplateRules.IsHidden(e) || byClassName && BoilerplateRules.IsUnlikely(e) && !HoldsThePage(e, stats, total)))
            {
                doomed.Add(e);
                continue;
            }
            foreach (var child in e.Children) stack.Push(child);
        }
        foreach (var e in doomed) e.Remove();
    }

    // A wrapper named "page-with-sidebar" that holds most of the text is the page, not a sidebar;
    // a comment thread longer than the article is still comments.
    private static bool HoldsThePage(IElement e, TextStats stats, int total) =>
        stats[e].Chars > total / 2 && !BoilerplateRules.IsCommentThread(e)
        || e.QuerySelector("article, main, h1") is not null;

    private static Uri? BaseHref(IDocument doc) =>
        Uri.TryCreate(doc.QuerySelector("base[href]")?.GetAttribute("href"), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
