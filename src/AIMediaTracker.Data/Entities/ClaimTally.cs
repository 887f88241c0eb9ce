namespace AIMediaTracker.Data.Entities;

/// <summary>
/// The reported job claims (cuts and creations, in jobs or people: what the dashboard's counters add up)
/// summed per kind and sector along one dimension at a time: the ledger's grade, the month of first
/// citation, or the company. Kept by the claim ledger in the transaction that writes the claims
/// (Writing/ClaimTallySql). The unfiltered dashboard reads its totals, months and companies here: summing
/// 90 000 reported cuts four ways took most of its first request after each import at 100 000 articles.
/// One dimension a row: the three together gave as many rows as claims. Never exported: rebuilt with the ledger.
/// </summary>
public sealed class ClaimTally
{
    public required string Kind { get; set; }
    public required string Sector { get; set; }
    public ClaimTallyDimension By { get; set; }
    /// <summary>By grade: the ledger's grade, "" when none (an operator's grade is applied when read). Otherwise "".</summary>
    public required string Grade { get; set; }
    /// <summary>By month: year × 100 + month of the first citation, 0 when undated. Otherwise 0.</summary>
    public int Month { get; set; }
    /// <summary>By company: the subject's organisation, else the attribution's, 0 when neither names one. Otherwise 0.</summary>
    public int CompanyId { get; set; }
    public double Jobs { get; set; }
    public int Claims { get; set; }
}

public enum ClaimTallyDimension
{
    Grade = 0,
    Month = 1,
    Company = 2,
}
