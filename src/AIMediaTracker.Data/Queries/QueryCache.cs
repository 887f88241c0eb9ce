using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// Results of the screens' aggregate queries, kept until the stored data changes. The dashboard,
/// the chronology and the organisation pages group every figure and mention under a filter: that
/// work grows with the database, while the data only changes when an article is stored or
/// re-extracted. One singleton for the process; entries are keyed by query and arguments and are
/// valid for one <see cref="DataVersionAsync">data version</see>.
/// </summary>
public sealed class QueryCache
{
    // Enough for every filter combination people actually use; a flood of distinct filters
    // only empties the cache, it cannot grow memory without bound.
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<string, (string Version, object Value)> entries = new();

    public async Task<T> GetOrAddAsync<T>(TrackerDbContext db, string key, Func<Task<T>> compute, CancellationToken ct) where T : class
    {
        var version = await DataVersionAsync(db, ct);
        if (entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Value is T value) return value;
        var result = await compute();
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[key] = (version, result);
        return result;
    }

    /// <summary>
    /// Changes whenever an article is added or deleted (last id, count), re-extracted (last
    /// ExtractedAt, indexed) or corrected by an operator (last correction): index lookups, so the
    /// check stays cheap at any size. Also catches writes by another process, such as `import`.
    /// </summary>
    private static async Task<string> DataVersionAsync(TrackerDbContext db, CancellationToken ct)
    {
        var lastId = await db.Articles.MaxAsync(a => (int?)a.Id, ct);
        var count = await db.Articles.CountAsync(ct);
        var lastExtraction = await db.Articles.MaxAsync(a => (DateTimeOffset?)a.ExtractedAt, ct);
        var lastCorrection = await db.Corrections.MaxAsync(c => (long?)c.Id, ct);
        return $"{lastId}|{count}|{lastExtraction?.UtcTicks}|{lastCorrection}";
    }
}
