using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>An article in a list; <c>html</c> is its page on this site.</summary>
public sealed record ArticleItem(int Id, string Title, DateOnly? PublishedAt, string? Source,
    IReadOnlyList<string> Organizations, IReadOnlyList<string> People, string Html)
{
    public static ArticleItem Of(ArticleListItem a) => new(a.Id, a.Title, a.PublishedAt, a.Source, a.Organizations, a.People, SiteUrls.Article(a.Id));
}

/// <summary>
/// One article: its text, and what was found in it with offsets into that text (<c>text[start..end]</c>).
/// <c>url</c> is where it was published; <c>html</c> its page on this site.
/// </summary>
public sealed record ArticleResponse(int Id, string Title, string? Author, string? Outlet, string? Url, DateOnly? PublishedAt,
    int? DuplicateOfId, string Text, string Html, IReadOnlyList<EntitySpanItem> Entities, IReadOnlyList<ArticleFigureItem> Figures,
    IReadOnlyList<DateItem> Dates, IReadOnlyList<QuoteItem> Quotes, IReadOnlyList<string> Links)
{
    public static ArticleResponse Of(ArticleDetail detail)
    {
        var a = detail.Article;
        return new ArticleResponse(a.Id, a.Title, a.Author, a.Outlet, a.Url, a.PublishedAt, a.DuplicateOfId, a.Text, SiteUrls.Article(a.Id),
            detail.Mentions.Select(EntitySpanItem.Of).ToList(),
            detail.Figures.Select(f => ArticleFigureItem.Of(a, f)).ToList(),
            detail.Dates.Select(d => new DateItem(d.Id, d.Iso, a.Text[d.SentenceStart..d.SentenceEnd], SiteUrls.Date(a.Id, d.Id))).ToList(),
            detail.Quotes.Select(QuoteItem.Of).ToList(),
            detail.Links);
    }
}

/// <summary>An organisation, person or product named at <c>start..end</c>; <c>slug</c> is its id, <c>html</c> its page.</summary>
public sealed record EntitySpanItem(string Type, string Slug, string Name, int Start, int End, string Html)
{
    public static EntitySpanItem Of(MentionSpan m) =>
        new(m.Type.ToString().ToLowerInvariant(), m.Slug, m.Name, m.Start, m.End, SiteUrls.Entity(m.Type, m.Slug));
}

/// <summary>A figure of an article, with its words, its sentence, and who the article credits for it.</summary>
public sealed record ArticleFigureItem(long Id, string Kind, double Value, string Unit, bool Approximate, string? Sector, string? Region,
    int? Year, string Basis, string? Attribution, string? Subject, int Start, int End, string Text, string Sentence, string Html)
{
    public static ArticleFigureItem Of(ArticlePage a, FigureLine f) => new(f.Id, f.Kind, f.Value, f.Unit, f.Approximate, f.Sector, f.Region,
        f.Year, f.Basis, f.Attribution, f.Subject, f.Start, f.End, a.Text[f.Start..f.End], a.Text[f.SentenceStart..f.SentenceEnd], SiteUrls.Figure(a.Id, f.Start));
}

/// <summary>A dated fact: the date as written (« 2024 », « 2024-03 », « 2024-03-05 ») and its sentence.</summary>
public sealed record DateItem(long Id, string Iso, string Sentence, string Html);

/// <summary>A quotation; <c>speakerSlug</c> leads to the speaker's page when the speaker is known.</summary>
public sealed record QuoteItem(long Id, int ArticleId, string ArticleTitle, string? Speaker, string? SpeakerSlug, string Text, string Html)
{
    public static QuoteItem Of(QuoteLine q) => new(q.Id, q.ArticleId, q.ArticleTitle, q.Speaker, q.SpeakerSlug, q.Text, SiteUrls.Article(q.ArticleId));
}
