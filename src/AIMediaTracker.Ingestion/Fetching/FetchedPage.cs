using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// What one fetch brought back. <see cref="FinalUrl"/> is the address after redirects: resolve
/// relative links and key articles against it, not against the URL that was asked for.
/// </summary>
public sealed record FetchedPage(
    Uri RequestedUrl,
    Uri FinalUrl,
    FetchStatus Status,
    string? MediaType,
    string? Charset,
    string? ETag,
    DateTimeOffset? LastModified,
    byte[] Body)
{
    public bool IsFeed => MediaType is not null && AcceptedMediaTypes.IsFeed(MediaType);

    /// <summary>What to send next time to get a 304 if nothing changed.</summary>
    public ConditionalHeaders Validators => new(ETag, LastModified);

    /// <summary>The body as text: BOM first, then the charset from the Content-Type header, then &lt;meta charset&gt;.</summary>
    public string Text() => TextDecoder.Decode(Body, Charset, sniffHtmlMeta: MediaType is not null && AcceptedMediaTypes.ToDocumentFormat(MediaType) == DocumentFormat.Html);

    /// <summary>The page read as an article; throws for feeds and 304 answers, which hold none.</summary>
    public ArticleDocument ReadDocument()
    {
        if (Status == FetchStatus.NotModified) throw new InvalidOperationException("A 304 answer has no body to read.");
        var format = MediaType is null ? null : AcceptedMediaTypes.ToDocumentFormat(MediaType);
        if (format is null) throw new InvalidOperationException($"{MediaType} is a feed, not an article page.");
        return DocumentReader.Read(Body, format.Value, Charset, FinalUrl);
    }
}
