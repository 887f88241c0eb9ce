using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

public sealed record SourceRow(int Id, SourceKind Kind, string Name, string? Url, int Articles,
    DateTimeOffset? LastPolledAt, DateTimeOffset? LastSuccessAt, string? LastError, DateTimeOffset? LastIngestedAt);

public sealed record OutletRow(string Outlet, int Articles, DateOnly? Latest);

public sealed record FailureRow(string Location, string Reason, DateTimeOffset At);

public sealed record SourcesView(IReadOnlyList<SourceRow> Sources, IReadOnlyList<OutletRow> Outlets, IReadOnlyList<FailureRow> Failures);

/// <summary>Where articles came from, how each feed is doing, and what failed recently.</summary>
public sealed class SourceQueries(TrackerDbContext db)
{
    public async Task<SourcesView> GetAsync(CancellationToken ct)
    {
        var sources = (await db.Sources.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.Kind, s.Name, s.Url, s.LastPolledAt, s.LastSuccessAt, s.LastError,
                Articles = s.Articles.Count(a => a.DuplicateOfId == null),
                LastIngested = s.Articles.Max(a => (DateTimeOffset?)a.FetchedAt),
            }).ToListAsync(ct))
            .Select(s => new SourceRow(s.Id, s.Kind, s.Name, s.Url, s.Articles, s.LastPolledAt, s.LastSuccessAt, s.LastError, s.LastIngested))
            .OrderBy(s => s.Kind).ThenBy(s => s.Name).ToList();
        var outlets = (await db.Articles.AsNoTracking().Where(a => a.Outlet != null && a.DuplicateOfId == null)
            .GroupBy(a => a.Outlet!)
            .Select(g => new { Outlet = g.Key, Articles = g.Count(), Latest = g.Max(a => a.PublishedAt) })
            .OrderByDescending(o => o.Articles).Take(100).ToListAsync(ct))
            .Select(o => new OutletRow(o.Outlet, o.Articles, o.Latest)).ToList();
        var failures = (await db.ImportFailures.AsNoTracking().OrderByDescending(f => f.Id).Take(50)
            .Select(f => new { f.Location, f.Reason, f.At }).ToListAsync(ct))
            .Select(f => new FailureRow(f.Location, f.Reason, f.At)).ToList();
        return new SourcesView(sources, outlets, failures);
    }
}
