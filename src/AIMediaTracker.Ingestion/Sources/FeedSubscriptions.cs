using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>The feeds the tracker polls: registered once, found again by URL.</summary>
public sealed class FeedSubscriptions(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Source> AddAsync(Uri feedUrl, CancellationToken ct)
    {
        return await SourceRows.InsertOrGetAsync(db,
            new Source { Kind = SourceKind.Feed, Name = feedUrl.Host, Url = feedUrl.ToString(), CreatedAt = clock.GetUtcNow() }, ct);
    }

    public Task<List<Source>> AllAsync(CancellationToken ct) =>
        db.Sources.Where(s => s.Kind == SourceKind.Feed).OrderBy(s => s.Id).ToListAsync(ct);
}
