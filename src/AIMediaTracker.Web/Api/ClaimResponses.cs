using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>
/// A claim of the ledger: one number from one source, however many articles cite it. <c>html</c> is its
/// page on this site; <c>source</c> its first citation's sentence (figure <c>figureId</c> of article <c>articleId</c>).
/// </summary>
public sealed record ClaimItem(long Id, string Kind, string Basis, double Value, string Unit, bool Approximate,
    string? Attribution, string? Subject, string Sector, int? Year, int Citations, DateOnly? FirstSeen, string? Grade, int Variants,
    string Text, long FigureId, int ArticleId, string ArticleTitle, string Html, string Source)
{
    public static ClaimItem Of(ClaimRow c) => new(c.Id, c.Kind, c.Basis, c.Value, c.Unit, c.Approximate, c.Attribution, c.Subject, c.Sector,
        c.Year, c.Citations, c.FirstSeen, c.Grade, c.Variants, c.Text, c.FigureId, c.ArticleId, c.ArticleTitle,
        SiteUrls.Claim(c.Id), SiteUrls.Figure(c.ArticleId, c.FigureStart));
}

/// <summary>One claim, every article that cites it (earliest first), and its variants.</summary>
public sealed record ClaimResponse(ClaimItem Claim, string? ComputedGrade, IReadOnlyList<CitationItem> Citations, IReadOnlyList<ClaimItem> Variants)
{
    public static ClaimResponse Of(ClaimPage page) => new(ClaimItem.Of(page.Claim), page.ComputedGrade,
        page.Citations.Select(CitationItem.Of).ToList(), page.Variants.Select(ClaimItem.Of).ToList());
}

/// <summary>
/// An article citing a claim through its figure <c>figureId</c>: the sentence, the figure at
/// <c>figureStart..figureEnd</c> in it, and <c>html</c> the sentence on the article's page.
/// </summary>
public sealed record CitationItem(long FigureId, int ArticleId, string ArticleTitle, DateOnly? PublishedAt, double Value, string Kind,
    string? Attribution, string? Subject, string Sentence, int FigureStart, int FigureEnd, string Html)
{
    public static CitationItem Of(ClaimCitationLine c) => new(c.FigureId, c.ArticleId, c.ArticleTitle, c.PublishedAt, c.Value, c.Kind,
        c.Attribution, c.Subject, c.Sentence, c.FigureStart, c.FigureEnd, $"{SiteUrls.Article(c.ArticleId)}#{c.Anchor}");
}

/// <summary>
/// An event of the chronology: an article's publication, or a dated fact or projection in it.
/// <c>id</c> is « article-12 » for a publication and « date-34 » for a dated sentence.
/// </summary>
public sealed record TimelineItem(string Id, DateOnly Day, string Iso, string Kind, int ArticleId, string ArticleTitle, string? Sentence,
    long? DateId, string Html)
{
    public static TimelineItem Of(TimelineEvent e) => new(e.DateId is long id ? $"date-{id}" : $"article-{e.ArticleId}", e.Day, e.Iso,
        e.Kind.ToString().ToLowerInvariant(), e.ArticleId, e.ArticleTitle, e.Sentence, e.DateId,
        e.DateId is long date ? SiteUrls.Date(e.ArticleId, date) : SiteUrls.Article(e.ArticleId));
}
