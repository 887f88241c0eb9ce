using System.Text.Json;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// The schema.org Article (NewsArticle, BlogPosting...) a page declares in JSON-LD, if any.
/// Pages ship broken JSON often enough that a parse error simply means "no data".
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url, string? Publisher, string? ArticleBody)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IDocument doc)
    {
        // An Article node first; failing that, any node with a date or an author (WordPress says WebPage).
        return Read(doc, strict: true) ?? Read(doc, strict: false);
    }

    private static JsonLdArticle? Read(IDocument doc, bool strict)
    {
        foreach (var script in doc.QuerySelectorAll("script[type*='ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim(), Options);
                if (Find(json.RootElement, 0, strict) is { } article) return From(article, NamesById(json.RootElement));
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is common; the meta tags usually say the same.
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement e, int depth, bool strict)
    {
        if (depth > 6) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, depth + 1, strict) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (strict ? IsArticle(e) : e.TryGetProperty("datePublished", out _) || e.TryGetProperty("author", out _)) return e;
        foreach (var key in new[] { "@graph", "mainEntity", "itemListElement" })
            if (e.TryGetProperty(key, out var inner) && Find(inner, depth + 1, strict) is { } found) return found;
        return null;
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static JsonLdArticle From(JsonElement e, Dictionary<string, string> names) =>
        new(Text(e, "headline") ?? Text(e, "name"), ReadAuthor(e, names), Text(e, "datePublished") ?? Text(e, "dateCreated"), ReadUrl(e),
            e.TryGetProperty("publisher", out var p) ? Name(p, names) : null, Text(e, "articleBody"));

    // Yoast-style graphs name the author once, in a Person node, and the article points to it by @id.
    private static Dictionary<string, string> NamesById(JsonElement root)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var graph = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@graph", out var g) ? g : root;
        if (graph.ValueKind != JsonValueKind.Array) return names;
        foreach (var node in graph.EnumerateArray())
            if (node.ValueKind == JsonValueKind.Object && Text(node, "@id") is { } id && Text(node, "name") is { } name) names.TryAdd(id, name);
        return names;
    }

    private static string? Name(JsonElement a, Dictionary<string, string> names) => a.ValueKind switch
    {
        JsonValueKind.String => a.GetString(),
        JsonValueKind.Object => Text(a, "name") ?? (Text(a, "@id") is { } id ? names.GetValueOrDefault(id) : null),
        _ => null,
    };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string? ReadUrl(JsonElement e)
    {
        if (e.TryGetProperty("mainEntityOfPage", out var page))
        {
            if (page.ValueKind == JsonValueKind.String) return page.GetString();
            if (page.ValueKind == JsonValueKind.Object) return Text(page, "@id") ?? Text(page, "url");
        }
        return Text(e, "url");
    }

    private static string? ReadAuthor(JsonElement e, Dictionary<string, string> byId)
    {
        if (!e.TryGetProperty("author", out var author)) return null;
        var names = new List<string>();
        foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            var name = Name(a, byId);
            if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.Ordinal)) names.Add(name.Trim());
        }
        return names.Count == 0 ? null : string.Join("; ", names.Distinct());
    }
}
