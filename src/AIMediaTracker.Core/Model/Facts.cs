namespace AIMediaTracker.Core.Model;

/// <summary>An organisation named in an article, under its canonical name.</summary>
/// <param name="Kind">Gazetteer kind (ai_lab, studio, media, union, institution, ...) or "unknown".</param>
public sealed record OrganizationFact(string Name, string Kind, IReadOnlyList<Span> Mentions)
{
    /// <summary>Whether a kind is the press's (a paper, a broadcaster, a news agency): it relays what others say and do.</summary>
    public static bool IsPressKind(string? kind) => kind is "media" or "agency";
}

/// <summary>A person, under the fullest name the article gives.</summary>
public sealed record PersonFact(string Name, string? Role, string? Handle, IReadOnlyList<Span> Mentions);

/// <summary>An AI model or product, with its maker when known.</summary>
public sealed record ProductFact(string Name, string? Organization, IReadOnlyList<Span> Mentions);

/// <summary>A number that measures impact (or <see cref="FigureKind.Other"/>), and whose claim it is.</summary>
/// <param name="Basis">A fact or decision the article reports, or an estimate it relays.</param>
/// <param name="Attribution">Who the article credits for the number (organisation, person or study), or null.</param>
/// <param name="Subject">The organisation whose jobs, staff or money the number is, or null for a sector or economy.</param>
/// <param name="ClosesRange">The upper end of a range (« 4 000 à 6 000 postes »): the statement is its lower end's, not a second one.</param>
public sealed record FigureFact(
    FigureKind Kind,
    decimal Value,
    string Unit,
    bool Approximate,
    string? Sector,
    string? Region,
    int? Year,
    Span Span,
    FigureBasis Basis = FigureBasis.Reported,
    string? Attribution = null,
    string? Subject = null,
    bool ClosesRange = false);

/// <summary>A date the article mentions, as ISO text (YYYY-MM-DD, YYYY-MM or YYYY).</summary>
/// <param name="IsHorizon">True for projections such as "d'ici 2026".</param>
public sealed record DateFact(string Iso, Span Span, bool IsHorizon = false);

/// <summary>A direct quotation; <paramref name="Speaker"/> is a person or organisation name, or null.</summary>
public sealed record QuoteFact(string? Speaker, string Text, Span Span);

/// <summary>An absolute URL the article cites; <paramref name="Span"/> is null for HTML links outside the text.</summary>
public sealed record LinkFact(string Url, Span? Span);

/// <summary>Everything the extractor found in one article.</summary>
public sealed record ArticleFacts(
    DateOnly? PublishedAt,
    IReadOnlyList<OrganizationFact> Organizations,
    IReadOnlyList<PersonFact> People,
    IReadOnlyList<ProductFact> Products,
    IReadOnlyList<FigureFact> Figures,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<QuoteFact> Quotes,
    IReadOnlyList<LinkFact> Links);
