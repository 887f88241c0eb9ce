using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>Claim rows changed in memory, written back as UPDATEs.</summary>
internal static class ClaimRowUpdates
{
    /// <summary>
    /// The import's writer turns automatic change detection off for its bulk inserts, so each claim is said
    /// to be modified; detached afterwards, so that a later write of the same claim can attach its own copy.
    /// </summary>
    public static async Task SaveAsync(TrackerDbContext db, IReadOnlyCollection<Claim> claims, CancellationToken ct)
    {
        if (claims.Count == 0) return;
        foreach (var claim in claims) db.Entry(claim).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        foreach (var claim in claims) db.Entry(claim).State = EntityState.Detached;
    }
}
