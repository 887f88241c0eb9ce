using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>The stored claims a regrouping replaces, and the stored citations of their figures.</summary>
internal sealed record StoredClaims(IReadOnlyDictionary<long, Claim> Claims, IReadOnlyDictionary<long, ClaimCitation> Citations)
{
    public static readonly StoredClaims None = new(new Dictionary<long, Claim>(), new Dictionary<long, ClaimCitation>());
}

/// <summary>
/// What a regrouping changes in the stored ledger, and only that. Most claims a write regroups come back
/// as they were (a new value near a claim but not joining it, a claim with a thousand citations gaining one),
/// and deleting and writing them again rewrote rows and index entries at random places of the largest
/// tables: at 100 000 articles, a third of the claims each import batch wrote. A claim that keeps its id
/// is updated in place, so its citations that do not move stay untouched too.
/// </summary>
internal sealed record LedgerChange(
    IReadOnlyList<Claim> Inserted, IReadOnlyList<Claim> Updated, IReadOnlyList<long> Deleted,
    IReadOnlyList<long> CitationsDeleted, IReadOnlyList<ClaimCitation> CitationsInserted)
{
    public static LedgerChange Between(StoredClaims stored, IEnumerable<(Claim Claim, List<LedgerFigure> Figures)> grouped)
    {
        var (inserted, updated) = (new List<Claim>(), new List<Claim>());
        var kept = new HashSet<long>();
        var wanted = new Dictionary<long, ClaimCitation>();
        foreach (var (claim, figures) in grouped)
        {
            kept.Add(claim.Id);
            if (!stored.Claims.TryGetValue(claim.Id, out var before)) inserted.Add(claim);
            else if (!SameRow(before, claim)) updated.Add(claim);
            foreach (var f in figures)
                wanted[f.Id] = new ClaimCitation { FigureId = f.Id, ClaimId = claim.Id, ArticleId = f.ArticleId, Value = f.Value };
        }
        var deleted = stored.Claims.Keys.Where(id => !kept.Contains(id)).ToList();
        var citationsDeleted = stored.Citations.Values
            .Where(c => !wanted.TryGetValue(c.FigureId, out var w) || !SameCitation(c, w)).Select(c => c.FigureId).ToList();
        var citationsInserted = wanted.Values
            .Where(w => !stored.Citations.TryGetValue(w.FigureId, out var c) || !SameCitation(c, w)).ToList();
        return new LedgerChange(inserted, updated, deleted, citationsDeleted, citationsInserted);
    }

    /// <summary>Every column of the row, the citations left out.</summary>
    private static bool SameRow(Claim a, Claim b) =>
        a.Id == b.Id && a.Bucket == b.Bucket && a.Kind == b.Kind && a.Unit == b.Unit && a.Basis == b.Basis
        && a.Value.Equals(b.Value) && a.MinValue.Equals(b.MinValue) && a.MaxValue.Equals(b.MaxValue) && a.Approximate == b.Approximate
        && a.Attribution == b.Attribution && a.AttributionKey == b.AttributionKey && a.AttributionOrganizationId == b.AttributionOrganizationId
        && a.Subject == b.Subject && a.SubjectKey == b.SubjectKey && a.SubjectOrganizationId == b.SubjectOrganizationId
        && a.Sector == b.Sector && a.Year == b.Year && a.Citations == b.Citations && a.FirstArticleId == b.FirstArticleId
        && a.FirstFigureId == b.FirstFigureId && a.FirstSeen == b.FirstSeen && a.LastSeen == b.LastSeen && a.Grade == b.Grade;

    private static bool SameCitation(ClaimCitation a, ClaimCitation b) =>
        a.ClaimId == b.ClaimId && a.ArticleId == b.ArticleId && a.Value.Equals(b.Value);
}
