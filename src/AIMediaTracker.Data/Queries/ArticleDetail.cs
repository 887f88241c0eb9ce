namespace AIMediaTracker.Data.Queries;

public enum EntityType
{
    Organization,
    Person,
    Product,
}

public sealed record MentionSpan(int Start, int End, EntityType Type, string Slug, string Name);

/// <summary>The page of a known organisation or person that a figure's attribution or subject names.</summary>
public sealed record EntityLink(EntityType Type, string Slug);

/// <summary>
/// One figure of an article. <see cref="Basis"/> is the contract's name ("reported", "projected");
/// the links lead to the attribution's organisation or person and the subject's organisation when stored.
/// </summary>
public sealed record FigureLine(long Id, string Kind, double Value, string Unit, bool Approximate,
    string? Sector, string? Region, int? Year, int Start, int End, int SentenceStart, int SentenceEnd,
    string Basis, string? Attribution, string? Subject, EntityLink? AttributionLink = null, EntityLink? SubjectLink = null);

/// <summary>Whose claim a figure is: what the JSON API and the CSV add to each claim's first citation.</summary>
public sealed record FigureClaimFields(string Basis, string? Attribution, string? Subject);

/// <summary>A dated fact's sentence, so timeline links can land on it (#date-12).</summary>
public sealed record DateLine(long Id, string Iso, int SentenceStart, int SentenceEnd);

public sealed record ArticleDetail(
    ArticlePage Article,
    IReadOnlyList<MentionSpan> Mentions,
    IReadOnlyList<FigureLine> Figures,
    IReadOnlyList<DateLine> Dates,
    IReadOnlyList<QuoteLine> Quotes,
    IReadOnlyList<string> Links,
    IReadOnlyList<ArticleListItem> NearDuplicates);
