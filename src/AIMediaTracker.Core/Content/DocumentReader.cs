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

    /// <summary>
    /// The article in <paramref name="bytes"/>, its text free of control characters, its language detected;
    /// throws <see cref="UnreadableContentException"/> for what is not text.
    /// </summary>
    public static ArticleDocument Read(ReadOnlySpan<byte> bytes, DocumentFormat format, string? charset = null, Uri? url = null)
    {
        if (BinarySignatures.Find(bytes) is { } binary)
            throw new UnreadableContentException($"Fichier binaire ({binary}) et non du texte : refusé.");
        var text = TextDecoder.Decode(bytes, charset, sniffHtmlMeta: format == DocumentFormat.Html);
        if (ControlCharacters.LooksBinary(text))
            throw new UnreadableContentException("Contenu binaire et non du texte (trop de caractères de contrôle ou illisibles) : refusé.");
        var document = format switch
        {
            DocumentFormat.Html => HtmlToDocument.Convert(text, url),
            DocumentFormat.Markdown => MarkdownToDocument.Convert(text, url),
            _ => PlainTextToDocument.Convert(text),
        };
        // Entities such as "&#1;" bring control characters back after decoding: clean what is kept.
        document = document with
        {
            Title = ControlCharacters.Remove(document.Title),
            Body = ControlCharacters.Remove(document.Body),
            Author = document.Author is null ? null : ControlCharacters.Remove(document.Author),
        };
        // The text says its language better than a template's lang attribute; that attribute decides
        // only when the text is too short to tell.
        return document with { Language = LanguageDetector.Detect(document.FullText) ?? document.Language ?? LanguageDetector.French };
    }
}
