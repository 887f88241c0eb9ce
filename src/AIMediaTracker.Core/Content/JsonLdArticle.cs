using System.Text.Json;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// The schema.org Article (NewsArticle, BlogPosting...) a page declares in JSON-LD, if any.
/// Pages ship broken JSON often enough that a parse error simply means "no data".
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type*='ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim(), Options);
                if (Find(json.RootElement, 0) is { } article) return From(article);
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is common; the meta tags usually say the same.
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement e, int depth)
    {
        if (depth > 6) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, depth + 1) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (IsArticle(e)) return e;
        foreach (var key in new[] { "@graph", "mainEntity", "itemListElement" })
            if (e.TryGetProperty(key, out var inner) && Find(inner, depth + 1) is { } found) return found;
        return null;
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static JsonLdArticle From(JsonElement e) =>
        new(Text(e, "headline") ?? Text(e, "name"), ReadAuthor(e), Text(e, "datePublished") ?? Text(e, "dateCreated"), ReadUrl(e));

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

    private static string? ReadAuthor(JsonElement e)
    {
        if (!e.TryGetProperty("author", out var author)) return null;
        var names = new List<string>();
        foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            var name = a.ValueKind switch
            {
                JsonValueKind.String => a.GetString(),
                JsonValueKind.Object => Text(a, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.Ordinal)) names.Add(name.Trim());
        }
        return names.Count == 0 ? null : string.Join("; ", names.Distinct());
    }
}
