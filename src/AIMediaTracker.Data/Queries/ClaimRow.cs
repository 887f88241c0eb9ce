using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// One claim of the ledger as screens list it: the number, who states it, how many articles cite it,
/// and its first citation (<see cref="FigureId"/> at <see cref="FigureStart"/> in <see cref="ArticleId"/>) for the link to its sentence.
/// <see cref="Grade"/> is the operator's when one was given, else the computed one (reported cuts only).
/// </summary>
public sealed record ClaimRow(
    long Id, string Kind, string Basis, double Value, string Unit, bool Approximate,
    string? Attribution, string? Subject, string Sector, int? Year, int Citations, DateOnly? FirstSeen, string? Grade,
    long FigureId, int FigureStart, int ArticleId, string ArticleTitle, string Text)
{
    /// <summary>The first citation's anchor on its article's page.</summary>
    public string Anchor => FigureAnchor.Of(FigureStart);

    /// <summary>Other claims from the same attribution and subject, for the same horizon, with another value or kind.</summary>
    public int Variants { get; init; }
}

/// <summary>A claim with the grade screens show (<see cref="ClaimQueries.WithShownGrade"/>). A class with settable members, so queries can go on filtering through it.</summary>
public sealed class GradedClaim
{
    public required Claim Claim { get; init; }
    public string? Grade { get; init; }
}

/// <summary>One article citing a claim, with its sentence and the figure's place in it.</summary>
public sealed record ClaimCitationLine(
    long FigureId, int ArticleId, string ArticleTitle, DateOnly? PublishedAt, double Value, string Kind,
    string? Attribution, string? Subject, string Sentence, int FigureStart, int FigureEnd, int SentenceStart)
{
    /// <summary>The figure's anchor on its article's page (its offset in the article's text).</summary>
    public string Anchor => FigureAnchor.Of(SentenceStart + FigureStart);
}

/// <summary>The page of one claim: the claim, every citation (earliest first) and its variants.</summary>
public sealed record ClaimPage(ClaimRow Claim, string? ComputedGrade, IReadOnlyList<ClaimCitationLine> Citations, IReadOnlyList<ClaimRow> Variants);
