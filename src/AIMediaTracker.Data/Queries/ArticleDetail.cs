namespace AIMediaTracker.Data.Queries;

public enum EntityType
{
    Organization,
    Person,
    Product,
}

public sealed record MentionSpan(int Start, int End, EntityType Type, string Slug, string Name);

public sealed record FigureLine(long Id, string Kind, double Value, string Unit, bool Approximate,
    string? Sector, string? Region, int? Year, int Start, int End, int SentenceStart, int SentenceEnd);

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
