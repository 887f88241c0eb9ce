using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Content;

/// <summary>Reads an article from bytes in a known format.</summary>
public static class DocumentReader
{
    public static readonly IReadOnlyDictionary<string, DocumentFormat> Extensions = new Dictionary<string, DocumentFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = DocumentFormat.PlainText,
        [".md"] = DocumentFormat.Markdown,
        [".markdown"] = DocumentFormat.Markdown,
        [".html"] = DocumentFormat.Html,
        [".htm"] = DocumentFormat.Html,
    };

    public static bool TryGetFormat(string path, out DocumentFormat format) =>
        Extensions.TryGetValue(Path.GetExtension(path), out format);

    public static ArticleDocument Read(ReadOnlySpan<byte> bytes, DocumentFormat format, string? charset = null, Uri? url = null) =>
        format switch
        {
            DocumentFormat.Html => HtmlToDocument.Convert(TextDecoder.Decode(bytes, charset, sniffHtmlMeta: true), url),
            DocumentFormat.Markdown => MarkdownToDocument.Convert(TextDecoder.Decode(bytes, charset), url),
            _ => PlainTextToDocument.Convert(TextDecoder.Decode(bytes, charset)),
        };
}
