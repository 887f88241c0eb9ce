using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;

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
/// is updated in place, so its citations that do not move stay untouched too. Rows are compared column by
/// column as EF writes them (<see cref="TableColumns"/>), so a column added to the model is compared too.
/// </summary>
internal sealed record LedgerChange(
    IReadOnlyList<Claim> Inserted, IReadOnlyList<Claim> Updated, IReadOnlyList<long> Deleted,
    IReadOnlyList<long> CitationsDeleted, IEnumerable<ClaimCitation> CitationsInserted)
{
    /// <summary>
    /// Only what is stored is held in sets: a rebuild regroups every figure against nothing stored, and its
    /// citations are made as they are inserted, as before this comparison.
    /// </summary>
    public static LedgerChange Between(StoredClaims stored, IReadOnlyList<(Claim Claim, List<LedgerFigure> Figures)> grouped,
        TableColumns claimColumns, TableColumns citationColumns)
    {
        var (inserted, updated) = (new List<Claim>(), new List<Claim>());
        var keptClaims = new HashSet<long>();
        var keptCitations = new HashSet<long>();
        foreach (var (claim, figures) in grouped)
        {
            if (!stored.Claims.TryGetValue(claim.Id, out var before)) inserted.Add(claim);
            else if (keptClaims.Add(claim.Id) && !claimColumns.SameValues(before, claim)) updated.Add(claim);
            foreach (var f in figures)
                if (stored.Citations.TryGetValue(f.Id, out var cited) && citationColumns.SameValues(cited, f.CitationOf(claim.Id))) keptCitations.Add(f.Id);
        }
        var deleted = stored.Claims.Keys.Where(id => !keptClaims.Contains(id)).ToList();
        var citationsDeleted = stored.Citations.Keys.Where(id => !keptCitations.Contains(id)).ToList();
        var citationsInserted = grouped.SelectMany(g => g.Figures.Where(f => !keptCitations.Contains(f.Id)).Select(f => f.CitationOf(g.Claim.Id)));
        return new LedgerChange(inserted, updated, deleted, citationsDeleted, citationsInserted);
    }
}
