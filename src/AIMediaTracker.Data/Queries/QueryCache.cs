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

    // The version a context already read: a request's scoped context asks for it once, not once per
    // screen query. Dropped when that context saves changes, so a request that writes then reads sees its write.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<TrackerDbContext, string> versions = new();

    public async Task<T> GetOrAddAsync<T>(TrackerDbContext db, string key, Func<Task<T>> compute, CancellationToken ct) where T : class
    {
        var version = await VersionOfAsync(db, ct);
        if (entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Value is T value) return value;
        var result = await compute();
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[key] = (version, result);
        return result;
    }

    private async Task<string> VersionOfAsync(TrackerDbContext db, CancellationToken ct)
    {
        if (versions.TryGetValue(db, out var known)) return known;
        var version = await DataVersionAsync(db, ct);
        if (versions.TryAdd(db, version)) db.SavedChanges += (_, _) => versions.Remove(db);
        return version;
    }

    private sealed record VersionRow(long? LastArticle, string? LastExtraction, long? LastCorrection, string? LedgerStamp);

    /// <summary>
    /// Changes whenever an article is added (last id), re-extracted (last ExtractedAt, indexed) or corrected
    /// by an operator (last correction), or its claim ledger rebuilt under a new stamp: one round trip of
    /// four index lookups, cheap at any size. Articles are never deleted, so no count is needed. Also
    /// catches writes by another process, such as `import`.
    /// </summary>
    private static async Task<string> DataVersionAsync(TrackerDbContext db, CancellationToken ct)
    {
        var row = await db.Database.SqlQueryRaw<VersionRow>("""
            SELECT (SELECT MAX("Id") FROM "Articles") AS "LastArticle",
                   CAST((SELECT MAX("ExtractedAt") FROM "Articles") AS TEXT) AS "LastExtraction",
                   (SELECT MAX("Id") FROM "Corrections") AS "LastCorrection",
                   (SELECT "Stamp" FROM "LedgerStates" WHERE "Id" = 1) AS "LedgerStamp"
            """).SingleAsync(ct);
        return $"{row.LastArticle}|{row.LastExtraction}|{row.LastCorrection}|{row.LedgerStamp}";
    }
}
