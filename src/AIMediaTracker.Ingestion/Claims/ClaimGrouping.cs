using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Figures into claims, a pure function of the figures it is given: within a bucket, sorted by value,
/// a value within 0.5 % of the one before joins its claim. The ledger only ever gives it whole claims
/// plus the figures that changed, so the result is the one a rebuild from scratch would make.
/// </summary>
internal static class ClaimGrouping
{
    public const double Tolerance = 1.005;

    /// <summary>True when <paramref name="higher"/> (≥ lower) is within the tolerance of <paramref name="lower"/>.</summary>
    public static bool Linked(double lower, double higher) => higher <= lower * Tolerance;

    public static List<(Claim Claim, List<LedgerFigure> Figures)> Group(IEnumerable<LedgerFigure> figures, ClaimBuckets buckets)
    {
        var claims = new List<(Claim, List<LedgerFigure>)>();
        foreach (var bucket in figures.GroupBy(f => f.Bucket, StringComparer.Ordinal))
        {
            var sorted = bucket.OrderBy(f => f.Value).ThenBy(f => f.Id).ToList();
            var run = new List<LedgerFigure> { sorted[0] };
            for (var i = 1; i <= sorted.Count; i++)
            {
                if (i < sorted.Count && Linked(sorted[i - 1].Value, sorted[i].Value)) { run.Add(sorted[i]); continue; }
                claims.Add((ClaimOf(bucket.Key, run, buckets), run));
                if (i < sorted.Count) run = [sorted[i]];
            }
        }
        return claims;
    }

    private static Claim ClaimOf(string bucket, List<LedgerFigure> figures, ClaimBuckets buckets)
    {
        // The first citation is the earliest article; undated articles come last.
        var cited = figures.OrderBy(f => f.PublishedAt ?? DateOnly.MaxValue).ThenBy(f => f.ArticleId).ThenBy(f => f.Id).ToList();
        var first = cited[0];
        var attribution = cited.Select(f => f.Attribution).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))?.Trim();
        var subject = cited.Select(f => f.Subject).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim();
        var dates = cited.Where(f => f.PublishedAt is not null).Select(f => f.PublishedAt!.Value).ToList();
        var min = figures.Min(f => f.Value);
        return new Claim
        {
            Id = IdOf(bucket, min), Bucket = bucket, Kind = first.Kind, Unit = first.Unit, Basis = first.Basis,
            Value = first.Value, MinValue = min, MaxValue = figures.Max(f => f.Value), Approximate = figures.Any(f => f.Approximate),
            Attribution = attribution, AttributionKey = ClaimBuckets.KeyOf(attribution), AttributionOrganizationId = buckets.OrganizationOf(attribution),
            Subject = subject, SubjectKey = ClaimBuckets.KeyOf(subject), SubjectOrganizationId = buckets.OrganizationOf(subject),
            Sector = cited.Select(f => SectorVocabulary.Map(f.Sector)).FirstOrDefault(s => s != SectorVocabulary.Unspecified) ?? SectorVocabulary.Unspecified,
            Year = cited.Select(f => f.Year).FirstOrDefault(y => y is not null),
            Citations = figures.Select(f => f.ArticleId).Distinct().Count(),
            FirstArticleId = first.ArticleId, FirstFigureId = first.Id,
            FirstSeen = dates.Count == 0 ? null : dates.Min(), LastSeen = dates.Count == 0 ? null : dates.Max(),
        };
    }

    /// <summary>
    /// A claim's id, from its bucket and lowest value: the same claim gets the same id however often
    /// its articles are re-extracted, restored or imported again, so links to it keep working. 53 bits,
    /// so that JavaScript reads it exactly.
    /// </summary>
    public static long IdOf(string bucket, double minValue)
    {
        var text = bucket + "|" + minValue.ToString("R", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var id = (long)(BinaryPrimitives.ReadUInt64LittleEndian(hash) & ((1UL << 53) - 1));
        return id == 0 ? 1 : id;
    }
}
