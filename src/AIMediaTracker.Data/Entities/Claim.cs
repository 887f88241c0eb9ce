namespace AIMediaTracker.Data.Entities;

/// <summary>
/// One statement of a number, however many articles cite it: figures of the same kind, unit and
/// basis, from the same source (attribution, else subject, else sector and year), whose values lie
/// within 0.5 % of each other. Kept by the claim ledger in the transaction that changes the figures,
/// so the screens read claims instead of regrouping every figure. The id is derived from
/// <see cref="Bucket"/> and <see cref="MinValue"/>: it survives re-extraction, restore and reimport.
/// </summary>
public sealed class Claim
{
    public long Id { get; set; }
    /// <summary>kind|unit|basis|identity: the figures that may be one claim.</summary>
    public required string Bucket { get; set; }
    public required string Kind { get; set; }
    public required string Unit { get; set; }
    /// <summary>"reported" or "projected".</summary>
    public required string Basis { get; set; }
    /// <summary>The value of the first citation.</summary>
    public double Value { get; set; }
    public double MinValue { get; set; }
    public double MaxValue { get; set; }
    public bool Approximate { get; set; }
    public string? Attribution { get; set; }
    public string? AttributionKey { get; set; }
    public int? AttributionOrganizationId { get; set; }
    public string? Subject { get; set; }
    public string? SubjectKey { get; set; }
    public int? SubjectOrganizationId { get; set; }
    /// <summary>A key of the sector vocabulary (Core's SectorVocabulary), "unspecified" when none fits.</summary>
    public required string Sector { get; set; }
    /// <summary>The horizon (or year) of the first citation that names one.</summary>
    public int? Year { get; set; }
    /// <summary>Distinct articles citing it.</summary>
    public int Citations { get; set; }
    public int FirstArticleId { get; set; }
    public long FirstFigureId { get; set; }
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
    /// <summary>For reported cuts: how firmly the articles tie them to AI ("explicit", "attributed", "unclear").</summary>
    public string? Grade { get; set; }

    public List<ClaimCitation> Citing { get; set; } = [];
}

/// <summary>One figure citing a claim; a figure cites exactly one claim.</summary>
public sealed class ClaimCitation
{
    public long FigureId { get; set; }
    public Figure? Figure { get; set; }
    public long ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public int ArticleId { get; set; }
    public double Value { get; set; }
}

/// <summary>An operator's grade for a claim, kept apart so that the ledger's recomputation never loses it.</summary>
public sealed class ClaimGradeOverride
{
    public long ClaimId { get; set; }
    public required string Grade { get; set; }
    public required string OperatorName { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// The rules the stored ledger was built with (grouping, grading, sector vocabulary), as one stamp:
/// at start-up a stamp other than the running code's means the ledger is rebuilt. One row.
/// </summary>
public sealed class LedgerState
{
    public int Id { get; set; }
    public required string Stamp { get; set; }
}
