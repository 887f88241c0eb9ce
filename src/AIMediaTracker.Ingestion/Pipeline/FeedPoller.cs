using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>
/// Polls one feed: a conditional GET (ETag / Last-Modified), then each new item fetched and stored.
/// The feed's last success, last error and validators are kept on its source row.
/// </summary>
public sealed class FeedPoller(TrackerDbContext db, TimeProvider clock, UrlIngestor urls)
{
    public async Task<IReadOnlyList<IngestOutcome>> PollAsync(Source feed, CancellationToken ct)
    {
        var conditional = new ConditionalHeaders(feed.ETag, DateTimeOffset.TryParse(feed.LastModified, out var lm) ? lm : null);
        FetchedPage page;
        try
        {
            page = await urls.FetchAsync(new Uri(feed.Url!), conditional, ct);
        }
        catch (FetchException e)
        {
            await MarkAsync(feed.Id, error: e.Message, page: null, ct);
            return [IngestOutcome.Failed(feed.Url!, e.Message)];
        }
        if (page.Status == FetchStatus.NotModified)
        {
            await MarkAsync(feed.Id, error: null, page, ct);
            return [];
        }
        return await IngestFeedAsync(feed, page, null, ct);
    }

    public async Task<IReadOnlyList<IngestOutcome>> IngestFeedAsync(Source feed, FetchedPage page, Action<IngestOutcome>? progress, CancellationToken ct)
    {
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(page.Body, page.FinalUrl);
        }
        catch (FeedParseException e)
        {
            await MarkAsync(feed.Id, error: e.Message, page: null, ct);
            return [IngestOutcome.Failed(feed.Url!, e.Message)];
        }
        return await IngestItemsAsync(feed, page, parsed, progress, ct);
    }

    public async Task<IReadOnlyList<IngestOutcome>> IngestItemsAsync(Source feed, FetchedPage page, ParsedFeed parsed, Action<IngestOutcome>? progress, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var item in parsed.Items)
        {
            var outcome = await urls.IsKnownAsync(item.Link, ct)
                ? new IngestOutcome(item.Link.ToString(), IngestStatus.Unchanged)
                : await urls.IngestPageAsync(item.Link, feed.Id, ct);
            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }
        var failed = outcomes.Where(o => o.Status == IngestStatus.Failed).ToList();
        await MarkAsync(feed.Id, failed.Count == 0 ? null : $"{failed.Count} article(s) en échec, dont {failed[0].Location} : {failed[0].Reason}", page, ct, parsed.Title);
        return outcomes;
    }

    private async Task MarkAsync(int sourceId, string? error, FetchedPage? page, CancellationToken ct, string? title = null)
    {
        db.ChangeTracker.Clear();
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, ct);
        var now = clock.GetUtcNow();
        source.LastPolledAt = now;
        source.LastError = error;
        if (page is not null)
        {
            source.LastSuccessAt = now;
            source.ETag = page.ETag ?? source.ETag;
            source.LastModified = page.LastModified?.ToString("R") ?? source.LastModified;
        }
        if (!string.IsNullOrWhiteSpace(title) && source.Name == new Uri(source.Url!).Host) source.Name = title.Trim();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
