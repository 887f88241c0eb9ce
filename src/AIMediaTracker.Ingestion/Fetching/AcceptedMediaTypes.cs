using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>The content types the tracker reads: articles (HTML, plain text) and feeds (RSS, Atom, XML).</summary>
public static class AcceptedMediaTypes
{
    private static readonly HashSet<string> Pages = new(StringComparer.OrdinalIgnoreCase) { "text/html", "application/xhtml+xml", "text/plain" };
    private static readonly HashSet<string> Feeds = new(StringComparer.OrdinalIgnoreCase)
        { "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" };

    /// <summary>Sent as the Accept header, so servers with a choice pick something we read.</summary>
    public const string AcceptHeader =
        "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8";

    public static bool IsAccepted(string mediaType) => Pages.Contains(mediaType) || Feeds.Contains(mediaType);

    public static bool IsFeed(string mediaType) => Feeds.Contains(mediaType);

    /// <summary>How to read a page of this type as an article, or null for feeds.</summary>
    public static DocumentFormat? ToDocumentFormat(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
        "text/plain" => DocumentFormat.PlainText,
        _ => null,
    };
}
