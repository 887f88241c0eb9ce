using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>The feeds the tracker polls: registered once, found again by URL.</summary>
public sealed class FeedSubscriptions(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Source> AddAsync(Uri feedUrl, CancellationToken ct)
    {
        var url = feedUrl.ToString();
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct);
        if (source is not null) return source;
        source = new Source { Kind = SourceKind.Feed, Name = feedUrl.Host, Url = url, CreatedAt = clock.GetUtcNow() };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }

    public Task<List<Source>> AllAsync(CancellationToken ct) =>
        db.Sources.Where(s => s.Kind == SourceKind.Feed).OrderBy(s => s.Id).ToListAsync(ct);
}
