using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>An organisation, person or product and the number of articles that name it; <c>slug</c> is its id.</summary>
public sealed record NamedItem(string Slug, string Name, int Articles, string Html);

/// <summary>How many articles named an organisation in a month (« 2024-03 »).</summary>
public sealed record MonthCount(string Month, int Articles);

/// <summary>
/// An organisation: its names, its coverage by month, who and what appear beside it, its own claims
/// (it states them or is their subject) apart from the claims of articles that only name it, and its latest articles.
/// The lists are the page's: the first ones, not pages of a list.
/// </summary>
public sealed record OrganizationResponse(int Id, string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, string Html,
    IReadOnlyList<MonthCount> MentionsByMonth, IReadOnlyList<NamedItem> People, IReadOnlyList<NamedItem> Products,
    IReadOnlyList<ClaimItem> Claims, IReadOnlyList<ClaimItem> ClaimsAround, IReadOnlyList<QuoteItem> Quotes, IReadOnlyList<ArticleItem> Articles)
{
    public static OrganizationResponse Of(OrganizationPage o) => new(o.Id, o.Slug, o.Name, o.Kind, o.Aliases, SiteUrls.Organization(o.Slug),
        o.MentionsByMonth.Select(m => new MonthCount(TrackerFilter.MonthOf(m.Start), m.Count)).ToList(),
        o.People.Select(p => new NamedItem(p.Slug, p.Name, p.Count, SiteUrls.Person(p.Slug))).ToList(),
        o.Products.Select(p => new NamedItem(p.Slug, p.Name, p.Count, SiteUrls.Product(p.Slug))).ToList(),
        o.Claims.Select(ClaimItem.Of).ToList(), o.ClaimsAround.Select(ClaimItem.Of).ToList(),
        o.Quotes.Select(QuoteItem.Of).ToList(), o.Articles.Select(ArticleItem.Of).ToList());
}

/// <summary>A person: roles, the organisations named beside them, their quotations and the articles naming them.</summary>
public sealed record PersonResponse(int Id, string Slug, string Name, IReadOnlyList<string> Roles, string? Handle, string Html,
    IReadOnlyList<NamedItem> Organizations, IReadOnlyList<QuoteItem> Quotes, IReadOnlyList<MentionItem> Mentions)
{
    public static PersonResponse Of(PersonPage p) => new(p.Id, p.Slug, p.Name, p.Roles, p.Handle, SiteUrls.Person(p.Slug),
        p.Organizations.Select(o => new NamedItem(o.Slug, o.Name, o.Count, SiteUrls.Organization(o.Slug))).ToList(),
        p.Quotes.Select(QuoteItem.Of).ToList(),
        p.Mentions.Select(m => new MentionItem(m.ArticleId, m.ArticleTitle, m.PublishedAt, m.Sentence, SiteUrls.Article(m.ArticleId))).ToList());
}

/// <summary>An article naming someone, with the first sentence that does.</summary>
public sealed record MentionItem(int ArticleId, string ArticleTitle, DateOnly? PublishedAt, string Sentence, string Html);
