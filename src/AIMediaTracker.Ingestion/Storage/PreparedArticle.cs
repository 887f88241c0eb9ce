using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// An input read, its text normalised and fingerprinted, its facts extracted: all the work of storing
/// it that needs no database, so it may run on any thread while another article is written.
/// An input that could not be read carries the reason instead.
/// </summary>
public sealed class PreparedArticle
{
    private PreparedArticle(ArticleOrigin origin) => Origin = origin;

    public ArticleOrigin Origin { get; }
    public ArticleDocument? Document { get; private init; }
    public string FullText { get; private init; } = "";
    public ContentFingerprint? Fingerprint { get; private init; }

    /// <summary>For the near-duplicate search, made here rather than on the writing thread.</summary>
    public ShingleSketch? Sketch { get; private init; }
    public ArticleFacts? Facts { get; private init; }

    /// <summary>The stored text with its sentences, which records point into.</summary>
    public ArticleText? Text { get; private init; }

    /// <summary>Why the input could not be read; null for a readable article.</summary>
    public string? ReadFailure { get; private init; }

    public string? CanonicalUrl => Document?.CanonicalUrl ?? Origin.Url;

    public static PreparedArticle Of(ArticleDocument document, ArticleOrigin origin)
    {
        var fullText = ArticleText.Normalize(document.FullText);
        // The title is part of FullText already: extraction sees the stored text, so spans point into it.
        var facts = ArticleExtractor.Extract(document with { Title = "", Body = fullText }, out var text);
        var words = TextWords.Of(fullText);
        return new PreparedArticle(origin)
        {
            Document = document, FullText = fullText, Fingerprint = ContentFingerprint.Of(words),
            Sketch = ShingleSketch.Of(words), Facts = facts, Text = text.WithoutWorkingSets(),
        };
    }

    /// <summary>The same article with other facts: an operator's or a test's, where the extractor's fall short.</summary>
    public PreparedArticle WithFacts(ArticleFacts facts) => new(Origin)
    {
        Document = Document, FullText = FullText, Fingerprint = Fingerprint, Sketch = Sketch, Facts = facts, Text = Text,
    };

    /// <summary>
    /// Reads and extracts the input; a refusal (<see cref="UnreadableContentException"/>, e.g. a binary file)
    /// becomes a prepared failure. So does a fault of the reader or the extractor on this one text: it is
    /// recorded against the article, and the rest of the import goes on instead of stopping with it.
    /// </summary>
    public static PreparedArticle Read(Func<ArticleDocument> read, ArticleOrigin origin)
    {
        try { return Of(read(), origin); }
        catch (UnreadableContentException e) { return new PreparedArticle(origin) { ReadFailure = e.Message }; }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return new PreparedArticle(origin) { ReadFailure = $"Erreur interne en lisant ou en analysant cet article ({e.GetType().Name} : {e.Message.TrimEnd('.')}) ; les autres articles sont importés." };
        }
    }
}
