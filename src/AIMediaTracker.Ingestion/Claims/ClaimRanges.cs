using AIMediaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>A stored claim's value range, as the ledger compares new values with it.</summary>
internal sealed record ClaimRange(long Id, string Bucket, double MinValue, double MaxValue);

internal static class ClaimRanges
{
    /// <summary>Every stored claim of these buckets.</summary>
    public static async Task<List<ClaimRange>> InBucketsAsync(TrackerDbContext db, IEnumerable<string> buckets, CancellationToken ct)
    {
        var names = buckets.Distinct().ToList();
        if (names.Count == 0) return [];
        return await db.Claims.Where(c => EF.Parameter(names).Contains(c.Bucket))
            .Select(c => new ClaimRange(c.Id, c.Bucket, c.MinValue, c.MaxValue)).ToListAsync(ct);
    }
}
