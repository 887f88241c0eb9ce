using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>What the claim ledger reads of one figure and its article.</summary>
internal sealed record LedgerFigure(
    long Id, int ArticleId, string Kind, string Unit, string Basis, double Value, bool Approximate,
    string? Sector, int? Year, string? Attribution, string? Subject, DateOnly? PublishedAt)
{
    /// <summary>Set by <see cref="ClaimBuckets"/>: the figures that may be one claim.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>This figure's citation row, as one of <paramref name="claimId"/>'s.</summary>
    public ClaimCitation CitationOf(long claimId) => new() { FigureId = Id, ClaimId = claimId, ArticleId = ArticleId, Value = Value };
}
