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
        var cited = figures.OrderBy(CitationOrder.Of).ToList();
        var first = cited[0];
        var min = figures.Min(f => f.Value);
        var claim = new Claim
        {
            Id = IdOf(bucket, min), Bucket = bucket, Kind = first.Kind, Unit = first.Unit, Basis = first.Basis,
            MinValue = min, MaxValue = figures.Max(f => f.Value), Sector = SectorVocabulary.Unspecified,
            Citations = figures.Select(f => f.ArticleId).Distinct().Count(),
        };
        foreach (var f in cited) Cite(claim, f, ReferenceEquals(f, first), buckets);
        return claim;
    }

    /// <summary>
    /// What one citation gives its claim, the citations taken in their order: the first one's value,
    /// and the first attribution, subject, sector and year that are given. A citation that becomes
    /// the first takes that place and gives what it has; a later one only fills what none gave yet.
    /// Also how <see cref="ClaimAppends"/> updates a stored claim, so both give the same row.
    /// </summary>
    public static void Cite(Claim claim, LedgerFigure f, bool becomesFirst, ClaimBuckets buckets)
    {
        if (becomesFirst) (claim.Value, claim.FirstArticleId, claim.FirstFigureId) = (f.Value, f.ArticleId, f.Id);
        var attribution = string.IsNullOrWhiteSpace(f.Attribution) ? null : f.Attribution.Trim();
        if (attribution is not null && (becomesFirst || claim.Attribution is null) && attribution != claim.Attribution)
            (claim.Attribution, claim.AttributionKey, claim.AttributionOrganizationId) = (attribution, ClaimBuckets.KeyOf(attribution), buckets.OrganizationOf(attribution));
        var subject = string.IsNullOrWhiteSpace(f.Subject) ? null : f.Subject.Trim();
        if (subject is not null && (becomesFirst || claim.Subject is null) && subject != claim.Subject)
            (claim.Subject, claim.SubjectKey, claim.SubjectOrganizationId) = (subject, ClaimBuckets.KeyOf(subject), buckets.OrganizationOf(subject));
        var sector = SectorVocabulary.Map(f.Sector);
        if (sector != SectorVocabulary.Unspecified && (becomesFirst || claim.Sector == SectorVocabulary.Unspecified)) claim.Sector = sector;
        if (f.Year is not null && (becomesFirst || claim.Year is null)) claim.Year = f.Year;
        claim.Approximate |= f.Approximate;
        if (f.PublishedAt is { } date)
        {
            if (claim.FirstSeen is null || date < claim.FirstSeen) claim.FirstSeen = date;
            if (claim.LastSeen is null || date > claim.LastSeen) claim.LastSeen = date;
        }
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

    /// <summary>The order of a claim's citations: earliest article first, undated last, then article and figure.</summary>
    public readonly record struct CitationOrder(DateOnly? PublishedAt, int ArticleId, long FigureId) : IComparable<CitationOrder>
    {
        public static CitationOrder Of(LedgerFigure f) => new(f.PublishedAt, f.ArticleId, f.Id);

        public int CompareTo(CitationOrder other) =>
            (PublishedAt ?? DateOnly.MaxValue).CompareTo(other.PublishedAt ?? DateOnly.MaxValue) is var byDate and not 0 ? byDate
            : ArticleId.CompareTo(other.ArticleId) is var byArticle and not 0 ? byArticle
            : FigureId.CompareTo(other.FigureId);
    }
}
