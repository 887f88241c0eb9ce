using AIMediaTracker.Data;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Keeps the dashboard's sums (ClaimTally) with the claims, in the ledger's transaction: every claim the
/// ledger deletes or changes is taken away while its row still holds what was counted, every claim it
/// writes or changes is added once its row holds the new values.
/// </summary>
internal static class ClaimTallies
{
    public static async Task ShiftAsync(TrackerDbContext db, IReadOnlyCollection<long> claimIds, int sign, CancellationToken ct)
    {
        foreach (var sql in ClaimTallySql.Shift(DatabaseDialect.Of(db), claimIds, sign)) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
