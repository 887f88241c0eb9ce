namespace AIMediaTracker.Data.Entities;

/// <summary>
/// One change an operator made by hand (merge, rename, figure marked wrong or re-kinded): who,
/// when, what. Shown on the page of the entity it changed.
/// </summary>
public sealed class Correction
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string OperatorName { get; set; }
    /// <summary>"organization", "person", "figure" or "claim".</summary>
    public required string Subject { get; set; }
    /// <summary>The surviving organisation or person, the article of a figure, or the claim (whose ids take 53 bits).</summary>
    public long SubjectId { get; set; }
    /// <summary>"merge", "rename", "reject", "restore", "kind", "basis", "attribution", "subject", "grade".</summary>
    public required string Action { get; set; }
    /// <summary>What changed, in French, for the entity's page.</summary>
    public required string Detail { get; set; }
}

/// <summary>
/// An operator's verdict on one figure of one article, kept apart from the figure rows so that
/// re-extraction, which rebuilds those rows, applies it again. The article text never changes, so
/// the span identifies the figure.
/// </summary>
public sealed class FigureCorrection
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public bool Rejected { get; set; }
    /// <summary>The contract kind the operator chose, or null to keep the extractor's.</summary>
    public string? Kind { get; set; }
    /// <summary>"reported" or "projected" as the operator chose, or null to keep the extractor's.</summary>
    public string? Basis { get; set; }
    /// <summary>Who the operator credits for the number; null keeps the extractor's, "" means nobody.</summary>
    public string? Attribution { get; set; }
    /// <summary>The organisation the operator says the number is about; null keeps the extractor's, "" means none.</summary>
    public string? Subject { get; set; }
}

/// <summary>
/// A former slug of a person merged into another: re-extraction finds the name again and must land
/// on the surviving person, as organisations do through their aliases.
/// </summary>
public sealed class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Slug { get; set; }
}
