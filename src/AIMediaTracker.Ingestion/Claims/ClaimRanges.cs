using AIMediaTracker.Data;
using AIMediaTracker.Data.Writing;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>A stored claim's value range, as the ledger compares new values with it.</summary>
internal sealed record ClaimRange(long Id, string Bucket, double MinValue, double MaxValue);

/// <summary>
/// The stored claims near the values one ledger write compares, each value asked for once for the whole
/// write: the append and every pass of the regrouping ask again about the same figures. Valid while that
/// write has not yet replaced any claim: appending a value inside a claim's range leaves the range as it is.
/// </summary>
internal sealed class ClaimRanges(TrackerDbContext db)
{
    // Wider than any tolerance the ledger tests (ClaimGrouping.Tolerance, the 1 % of TouchedClaimsAsync),
    // so rounding at the edges never leaves out a claim the ledger's own test would have reached.
    private const double Reach = 1.02;

    private readonly HashSet<(string Bucket, double Value)> asked = [];
    private readonly Dictionary<long, ClaimRange> found = [];

    /// <summary>Every stored claim whose range comes within <see cref="Reach"/> of one of these values, in its bucket (and perhaps a few more).</summary>
    public async Task<List<ClaimRange>> NearAsync(IEnumerable<(string Bucket, double Value)> values, CancellationToken ct)
    {
        var wanted = values.Distinct().ToList();
        var probes = wanted.Where(asked.Add).Select(v => new NearClaims.Probe(v.Bucket, v.Value / Reach, v.Value * Reach)).ToList();
        foreach (var row in await NearClaims.ReadAsync(db, probes, ct))
            found.TryAdd(row.Id, new ClaimRange(row.Id, row.Bucket, row.MinValue, row.MaxValue));
        var buckets = wanted.Select(v => v.Bucket).ToHashSet(StringComparer.Ordinal);
        return found.Values.Where(c => buckets.Contains(c.Bucket)).ToList();
    }
}
