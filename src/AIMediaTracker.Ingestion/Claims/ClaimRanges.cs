using AIMediaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>A stored claim's value range, as the ledger compares new values with it.</summary>
internal sealed record ClaimRange(long Id, string Bucket, double MinValue, double MaxValue);

/// <summary>
/// The stored claims' ranges of the buckets one ledger write touches, each bucket read once for the
/// whole write: the append and every pass of the regrouping ask again for the same buckets, and
/// reading a bucket is the part of the ledger that grows with the database. Valid while that write
/// has not yet replaced any claim: appending a value inside a claim's range leaves the range as it is.
/// </summary>
internal sealed class ClaimRanges(TrackerDbContext db)
{
    private readonly Dictionary<string, List<ClaimRange>> byBucket = new(StringComparer.Ordinal);

    /// <summary>Every stored claim of these buckets.</summary>
    public async Task<List<ClaimRange>> InBucketsAsync(IEnumerable<string> buckets, CancellationToken ct)
    {
        var names = buckets.Distinct().ToList();
        var missing = names.Where(b => !byBucket.ContainsKey(b)).ToList();
        if (missing.Count > 0)
        {
            foreach (var b in missing) byBucket[b] = [];
            var loaded = await db.Claims.Where(c => EF.Parameter(missing).Contains(c.Bucket))
                .Select(c => new ClaimRange(c.Id, c.Bucket, c.MinValue, c.MaxValue)).ToListAsync(ct);
            foreach (var range in loaded) byBucket[range.Bucket].Add(range);
        }
        return names.SelectMany(b => byBucket[b]).ToList();
    }
}
