using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>Claim rows changed in memory, written back as UPDATEs of the columns that changed.</summary>
internal static class ClaimRowUpdates
{
    /// <summary>
    /// An UPDATE rewrites the entry of every index that holds a column it sets, changed or not, and a
    /// claim is in up to twelve, each at a random page: setting every column made each claim gaining a
    /// citation rewrite all of them (4 000 updates per 2 000 articles at 100 000). Only the changed columns
    /// are set: a new citation moves the count's indexes and leaves the bucket's, the source's, the sector's.
    /// A claim the context tracks (loaded to be changed) is compared with its loaded values; another with
    /// its stored row in <paramref name="stored"/>. The import's writer turns automatic change detection
    /// off, so each entry is compared here; detached afterwards, so a later write can attach its own copy.
    /// </summary>
    public static async Task SaveAsync(TrackerDbContext db, IReadOnlyCollection<Claim> claims, CancellationToken ct,
        IReadOnlyDictionary<long, Claim>? stored = null)
    {
        if (claims.Count == 0) return;
        foreach (var claim in claims)
        {
            var entry = db.Entry(claim);
            if (entry.State == EntityState.Detached)
            {
                if (stored?.GetValueOrDefault(claim.Id) is not { } before)
                    throw new InvalidOperationException($"Le chiffre {claim.Id} est modifié sans sa ligne enregistrée : impossible de savoir quelles colonnes écrire.");
                entry.State = EntityState.Unchanged;
                entry.OriginalValues.SetValues(before);
            }
            entry.DetectChanges();
        }
        await db.SaveChangesAsync(ct);
        foreach (var claim in claims) db.Entry(claim).State = EntityState.Detached;
    }
}
