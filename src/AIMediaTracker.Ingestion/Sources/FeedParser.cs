using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using LibraryFeedItem = CodeHollow.FeedReader.FeedItem;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>
/// Turns RSS (0.9x, 1.0, 2.0) and Atom bytes into feed items with absolute links. The XML is read by
/// CodeHollow.FeedReader; this class only settles what feeds disagree on: relative links, date formats,
/// HTML in summaries. It never touches the network.
/// </summary>
public static class FeedParser
{
    /// <summary>Prefer the bytes: the library then honours the encoding named in the XML declaration.</summary>
    public static ParsedFeed Parse(byte[] xml, Uri feedUrl)
    {
        if (DeclaresEntities(xml)) throw EntitiesRefused();
        return Convert(Read(() => FeedReader.ReadFromByteArray(xml)), feedUrl);
    }

    public static ParsedFeed Parse(string xml, Uri feedUrl)
    {
        if (xml.Contains("<!ENTITY", StringComparison.Ordinal)) throw EntitiesRefused();
        return Convert(Read(() => FeedReader.ReadFromString(xml)), feedUrl);
    }

    // The library expands entities declared in the document: a "billion laughs" feed of a few hundred
    // bytes costs seconds of CPU and megabytes of memory. Real feeds declare none (a DOCTYPE naming an
    // external DTD, as old RSS 0.91 feeds have, is still accepted: external DTDs are never loaded).
    private static bool DeclaresEntities(ReadOnlySpan<byte> xml) =>
        xml.IndexOf("<!ENTITY"u8) >= 0
        || xml.IndexOf(Encoding.Unicode.GetBytes("<!ENTITY")) >= 0
        || xml.IndexOf(Encoding.BigEndianUnicode.GetBytes("<!ENTITY")) >= 0;

    private static FeedParseException EntitiesRefused() =>
        new("Flux refusé : il déclare des entités XML (<!ENTITY>), ce qu'aucun flux ordinaire ne fait et qui peut saturer la mémoire");

    private static Feed Read(Func<Feed> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The library throws XmlException, its own FeedTypeNotSupportedException and, on odd input, others.
            throw new FeedParseException($"Flux illisible : ni RSS ni Atom valide ({e.Message})", e);
        }
    }

    private static ParsedFeed Convert(Feed feed, Uri feedUrl)
    {
        var items = feed.Items
            .Select(item => ToItem(item, feedUrl))
            .OfType<FeedItem>()
            .DistinctBy(item => item.Link)
            .ToList();
        return new ParsedFeed(Clean(feed.Title) ?? feedUrl.Host, AbsoluteLink(feed.Link, feedUrl), items);
    }

    private static FeedItem? ToItem(LibraryFeedItem item, Uri feedUrl)
    {
        // RSS guids marked as permalinks stand in for a missing <link>.
        var link = AbsoluteLink(item.Link, feedUrl) ?? AbsoluteLink(item.Id, feedUrl);
        if (link is null) return null;
        var summary = PlainText(item.Description) ?? PlainText(item.Content);
        return new FeedItem(link, Clean(item.Title) ?? "", PublishedAt(item), summary, Clean(item.Id));
    }

    private static Uri? AbsoluteLink(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        if (!Uri.TryCreate(feedUrl, link.Trim(), out var absolute)) return null;
        return absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps ? absolute : null;
    }

    private static DateTimeOffset? PublishedAt(LibraryFeedItem item)
    {
        var text = item.PublishingDateString?.Trim();
        if (!string.IsNullOrEmpty(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed;
        // The library knows more formats (e.g. zone names such as "CEST") but returns a DateTime without offset.
        return item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date.ToUniversalTime(), DateTimeKind.Utc)) : null;
    }

    // Summaries often carry HTML (escaped in RSS, xhtml in Atom); keep only the words.
    private static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body?.TextContent;
        return Clean(text);
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
