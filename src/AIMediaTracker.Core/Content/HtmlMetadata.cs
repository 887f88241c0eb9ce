using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Reads title, author, date, canonical URL and language from the places publishers put them:
/// Open Graph and article meta tags, JSON-LD, microdata, &lt;time&gt; and byline markup.
/// Runs on the whole page before cleaning, since bylines and stamps are cleaned away.
/// </summary>
internal static partial class HtmlMetadata
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "dc.date.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "ptime", "dc.date.created",
    ];

    private static readonly string[] AuthorMetas = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"];

    [GeneratedRegex(@"^\s*(?:par|by|von|de)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s+[|\-–—:·»/]\s+")]
    private static partial Regex TitleSeparator();

    public static PageMetadata Read(IDocument doc)
    {
        var metas = MetaIndex(doc);
        var ld = JsonLdArticle.Read(doc);
        var siteName = Get(metas, "og:site_name");
        var title = Title(doc, metas, ld, siteName);
        var author = Author(doc, metas, ld, siteName);
        var date = Date(doc, metas, ld);
        var canonical = Canonical(doc, metas, ld);
        var lang = Language(doc, metas);
        return new PageMetadata(title, author, date, canonical, lang, ld?.ArticleBody);
    }

    private static Dictionary<string, string> MetaIndex(IDocument doc)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in doc.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content)) continue;
            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop") })
                if (!string.IsNullOrEmpty(key)) index.TryAdd(key.Trim(), content);
        }
        return index;
    }

    private static string? Get(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var v) ? Clean(v) : null;

    private static string Title(IDocument doc, Dictionary<string, string> metas, JsonLdArticle? ld, string? siteName)
    {
        var candidate = Get(metas, "og:title") ?? Get(metas, "twitter:title") ?? Clean(ld?.Headline)
            ?? Clean(doc.QuerySelector("h1")?.TextContent) ?? Clean(doc.Title);
        return candidate is null ? "" : WithoutSiteName(candidate, siteName);
    }

    /// <summary>"Titre de l'article - Le Monde" → "Titre de l'article": drops a short trailing (or leading) site name.</summary>
    public static string WithoutSiteName(string title, string? siteName)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        var last = parts[^1].Trim();
        var first = parts[0].Trim();
        bool IsSite(string part) => siteName is not null && (part.Equals(siteName, StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(part, StringComparison.OrdinalIgnoreCase) || part.Contains(siteName, StringComparison.OrdinalIgnoreCase));
        // " : " opens a subtitle in French (« X automatise ses pages locales : 30 journalistes inquiets »):
        // it only ends with the site's name when the page names that site.
        var colon = TitleSeparator().Matches(title)[^1].Value.Trim() == ":";
        if (IsSite(last) || !colon && LooksLikeSiteName(last) && Words(title) - Words(last) >= 4)
            return title[..title.LastIndexOf(last, StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', ':', '·', '»', '/');
        if (IsSite(first)) return title[first.Length..].TrimStart(' ', '|', '-', '–', '—', ':', '·', '»', '/');
        return title;
    }

    // "Le Monde", "franceinfo.fr", "TF1 Info": short and capitalised or a domain; "les traducteurs" is part of the headline.
    private static bool LooksLikeSiteName(string part) =>
        Words(part) <= 3 && part.Length > 0 && (char.IsUpper(part[0]) || char.IsDigit(part[0]) || part.Contains('.', StringComparison.Ordinal));

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Author(IDocument doc, Dictionary<string, string> metas, JsonLdArticle? ld, string? siteName)
    {
        bool IsPerson(string? a) => a is { Length: > 2 and < 120 } && !IsPublisher(a, siteName) && !IsPublisher(a, ld?.Publisher);
        // With no person named anywhere, the organisation that signs (an NGO, an agency) is the byline.
        string? signedBy = null;
        foreach (var key in AuthorMetas)
        {
            if (Get(metas, key) is not { } a) continue;
            if (IsPerson(a)) return a;
            signedBy ??= a.Length < 60 && !IsAddress(a) ? a : null;
        }
        if (ld?.Author is { } jl && IsPerson(jl)) return jl;
        foreach (var selector in new[] { "[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]", "[rel=author]", ".byline__author", ".author-name", ".byline", ".author", ".auteur", ".signature" })
        {
            var text = Clean(doc.QuerySelector(selector)?.TextContent);
            if (text is { Length: < 80 } && BylinePrefix().Replace(text, "") is var name && IsPerson(name)) return name;
        }
        return VisibleByline(doc) ?? signedBy;
    }

    // "Par Jeanne Martin", "By John Smith" in a short block: the byline as readers see it.
    [GeneratedRegex(@"^(?:par|by|von)\s+((?:\p{Lu}[\p{L}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|du|van|von|et|and|und)){1,5})", RegexOptions.None)]
    private static partial Regex Byline();

    // Walks text nodes, not elements, so that no container's whole text is ever built.
    private static string? VisibleByline(IDocument doc)
    {
        if (doc.Body is null) return null;
        foreach (var t in doc.Body.GetDescendants().OfType<IText>())
        {
            var data = t.Data.TrimStart();
            if (data.Length < 2 || !BylineStart().IsMatch(data) || t.ParentElement is not { ChildElementCount: < 6 } parent) continue;
            if (parent.LocalName is "script" or "style" or "title") continue;
            var text = Clean(parent.TextContent);
            if (text is not { Length: < 120 }) continue;
            var m = Byline().Match(text);
            if (m.Success) return m.Groups[1].Value.Trim();
        }
        return null;
    }

    [GeneratedRegex(@"^(?:par|by|von)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BylineStart();

    private static bool IsAddress(string author) =>
        author.StartsWith("http", StringComparison.Ordinal) || author.StartsWith('@') || author.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || author.Any(char.IsDigit) || DomainName().IsMatch(author);

    [GeneratedRegex(@"\.(?:com|fr|de|org|net|info|eu|ch|be|ca|co\.uk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();

    // Many sites put their own name in the author fields; a byline names people.
    private static bool IsPublisher(string author, string? publisher)
    {
        if (IsAddress(author) || author.Contains("GmbH", StringComparison.Ordinal) || author.Contains("Média", StringComparison.Ordinal))
            return true;
        return publisher is not null && (author.Contains(publisher, StringComparison.OrdinalIgnoreCase) || publisher.Contains(author, StringComparison.OrdinalIgnoreCase));
    }

    private static DateOnly? Date(IDocument doc, Dictionary<string, string> metas, JsonLdArticle? ld)
    {
        foreach (var key in DateMetas)
            if (PublicationDate.Parse(Get(metas, key)) is { } d) return d;
        if (PublicationDate.Parse(ld?.DatePublished) is { } ldDate) return ldDate;
        foreach (var e in doc.QuerySelectorAll("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]"))
        {
            var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent;
            if (PublicationDate.Parse(value) is { } d) return d;
        }
        // Last resort: the visible stamp, in a short block whose class says it is a date.
        foreach (var e in doc.QuerySelectorAll("[class*=date], [class*=Date], [id*=date], [class*=publi], [class*=time], [class*=meta]").Take(40))
        {
            // A stamp is a small element; a container named "meta-wrapper" is not read whole.
            if (e.ChildElementCount > 6) continue;
            var text = e.TextContent;
            if (text.Length < 120 && PublicationDate.Parse(text) is { } d) return d;
        }
        return null;
    }

    private static string? Canonical(IDocument doc, Dictionary<string, string> metas, JsonLdArticle? ld)
    {
        foreach (var candidate in new[] { doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Get(metas, "og:url"), ld?.Url })
            if (Uri.TryCreate(candidate?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri.AbsoluteUri;
        return null;
    }

    private static string? Language(IDocument doc, Dictionary<string, string> metas)
    {
        var lang = doc.DocumentElement?.GetAttribute("lang") ?? Get(metas, "og:locale") ?? Get(metas, "content-language") ?? Get(metas, "language");
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var code = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 ? code : null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = System.Net.WebUtility.HtmlDecode(ContentCleaner.Normalise(text));
        return s.Length == 0 ? null : s;
    }
}
