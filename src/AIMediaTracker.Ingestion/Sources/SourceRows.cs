using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>Insert-or-get of a source by URL, safe when two imports or requests create the same one at once.</summary>
internal static class SourceRows
{
    public static async Task<Source> InsertOrGetAsync(TrackerDbContext db, Source candidate, CancellationToken ct)
    {
        var url = candidate.Url;
        var existing = await db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct);
        if (existing is not null) return existing;
        db.Sources.Add(candidate);
        try
        {
            await db.SaveChangesAsync(ct);
            return candidate;
        }
        catch (DbUpdateException)
        {
            // Another process or request inserted the same URL between our read and our write: the
            // unique index on Url refused ours, so theirs is the source (on SQLite and PostgreSQL alike).
            db.Entry(candidate).State = EntityState.Detached;
            return await db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct) ?? throw new InvalidOperationException($"La source {url} n'a pu être ni créée ni retrouvée.");
        }
    }
}
