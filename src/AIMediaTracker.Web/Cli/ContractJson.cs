using System.Text.Encodings.Web;
using System.Text.Json;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Web.Cli;

/// <summary>Writes one line of the extraction contract (shared/extraction-contract.md) for an article.</summary>
public static class ContractJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Stream output, string file, ArticleDocument document, ArticleFacts facts, bool withText)
    {
        var text = ArticleText.From(document.FullText, facts.PublishedAt);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("title", document.Title);
        w.WriteString("language", document.Language ?? "fr");
        w.WriteString("author", document.Author);
        w.WriteString("publishedAt", facts.PublishedAt?.ToString("yyyy-MM-dd"));
        w.WriteStartArray("organizations");
        foreach (var o in facts.Organizations)
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("kind", o.Kind);
            w.WriteNumber("mentions", o.Mentions.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("people");
        foreach (var p in facts.People)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("role", p.Role);
            w.WriteString("handle", p.Handle);
            w.WriteNumber("mentions", p.Mentions.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("products");
        foreach (var p in facts.Products)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("organization", p.Organization);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("figures");
        foreach (var f in facts.Figures)
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind.ToContractName());
            w.WriteNumber("value", f.Value);
            w.WriteString("unit", f.Unit);
            w.WriteBoolean("approximate", f.Approximate);
            w.WriteString("sector", f.Sector);
            w.WriteString("region", f.Region);
            if (f.Year is int year) w.WriteNumber("year", year); else w.WriteNull("year");
            w.WriteString("basis", f.Basis.ToContractName());
            w.WriteString("attribution", f.Attribution);
            w.WriteString("subject", f.Subject);
            w.WriteString("text", text[f.Span]);
            w.WriteString("sentence", text[text.SentenceAt(f.Span.Start)]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("dates");
        foreach (var d in facts.Dates)
        {
            w.WriteStartObject();
            w.WriteString("date", d.Iso);
            w.WriteString("text", text[d.Span]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in facts.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            w.WriteString("text", q.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("links");
        foreach (var l in facts.Links) w.WriteStringValue(l.Url);
        w.WriteEndArray();
        if (withText) w.WriteString("text", document.Body);
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The line for an input that could not be read: its error and empty lists.</summary>
    public static void WriteError(Stream output, string file, string error)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("title", (string?)null);
        w.WriteString("language", (string?)null);
        w.WriteString("author", (string?)null);
        w.WriteString("publishedAt", (string?)null);
        foreach (var list in new[] { "organizations", "people", "products", "figures", "dates", "quotes", "links" })
        {
            w.WriteStartArray(list);
            w.WriteEndArray();
        }
        w.WriteString("error", error);
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }
}
