namespace AIMediaTracker.Data.Entities;

public sealed class Figure
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Kind { get; set; }
    public double Value { get; set; }
    public required string Unit { get; set; }
    public bool Approximate { get; set; }
    public string? Sector { get; set; }
    public string? Region { get; set; }
    public int? Year { get; set; }
    /// <summary>"reported" or "projected" (the contract's names).</summary>
    public string Basis { get; set; } = "reported";
    public string? Attribution { get; set; }
    public string? Subject { get; set; }
    /// <summary>The upper end of a range: the claim is its lower end's (Core's FigureFact.ClosesRange).</summary>
    public bool ClosesRange { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
    /// <summary>The claim this figure cites, kept by the claim ledger; none for "other" figures.</summary>
    public ClaimCitation? Citation { get; set; }
}
