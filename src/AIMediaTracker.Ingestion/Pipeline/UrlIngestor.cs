using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>
/// Fetch, read, extract, store for web addresses. A page becomes one article; a feed is registered
/// as a source and each of its items is fetched in turn. Every failure is recorded with its reason.
/// </summary>
public sealed class UrlIngestor(TrackerDbContext db, TimeProvider clock, PageFetcher fetcher, ArticleIngestor files)
{
    /// <summary>Imports a page, or every item of a feed.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> ImportAsync(Uri url, Action<IngestOutcome>? progress, CancellationToken ct)
    {
        FetchedPage page;
        try
        {
            page = await fetcher.FetchAsync(url, ct);
        }
        catch (FetchException e)
        {
            return [await files.RecordFailureAsync(url.ToString(), null, e.Message, ct)];
        }
        if (!page.IsFeed) return [await StorePageAsync(page, null, ct)];

        // A feed the parser refuses (a DTD, an XXE attempt, broken XML) is never registered as a source.
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(page.Body, page.FinalUrl);
        }
        catch (FeedParseException e)
        {
            return [await files.RecordFailureAsync(url.ToString(), null, e.Message, ct)];
        }
        var source = await new FeedSubscriptions(db, clock).AddAsync(page.FinalUrl, ct);
        return await new FeedPoller(db, clock, this).IngestItemsAsync(source, page, parsed, progress, ct);
    }

    public async Task<IngestOutcome> IngestPageAsync(Uri url, int? sourceId, CancellationToken ct)
    {
        try
        {
            var page = await fetcher.FetchAsync(url, ct);
            if (page.IsFeed) return await files.RecordFailureAsync(url.ToString(), sourceId, "Flux trouvé là où une page d'article était attendue.", ct);
            return await StorePageAsync(page, sourceId, ct);
        }
        catch (FetchException e)
        {
            return await files.RecordFailureAsync(url.ToString(), sourceId, e.Message, ct);
        }
    }

    public Task<FetchedPage> FetchAsync(Uri url, ConditionalHeaders? conditional, CancellationToken ct) =>
        fetcher.FetchAsync(url, conditional, ct);

    private Task<IngestOutcome> StorePageAsync(FetchedPage page, int? sourceId, CancellationToken ct) =>
        files.StoreAsync(() => FileLoader.EnsureText(page.ReadDocument()),
            new ArticleOrigin(page.RequestedUrl.ToString(), page.FinalUrl.ToString(), sourceId, Outlet(page.FinalUrl)), ct);

    /// <summary>The outlet's name as readers know it: the host without "www.".</summary>
    private static string Outlet(Uri url) => url.Host.StartsWith("www.", StringComparison.Ordinal) ? url.Host[4..] : url.Host;

    internal Task<bool> IsKnownAsync(Uri link, CancellationToken ct)
    {
        var u = link.ToString();
        return db.Articles.AnyAsync(a => a.Url == u || a.CanonicalUrl == u, ct);
    }
}
