using AIMediaTracker.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

public sealed record OrganizationOption(string Slug, string Name, int Articles);

public sealed record Named(string Slug, string Name, int Count);

public sealed record MentionLine(int ArticleId, string ArticleTitle, DateOnly? PublishedAt, string Sentence);

public sealed record QuoteLine(long Id, int ArticleId, string ArticleTitle, string? Speaker, string? SpeakerSlug, string Text);

public sealed record OrganizationPage(
    int Id, string Slug, string Name, string Kind, IReadOnlyList<string> Aliases,
    IReadOnlyList<DatedCount> MentionsByMonth, IReadOnlyList<Named> People, IReadOnlyList<Named> Products,
    IReadOnlyList<ClaimRow> Claims, IReadOnlyList<ClaimRow> ClaimsAround, IReadOnlyList<QuoteLine> Quotes, IReadOnlyList<ArticleListItem> Articles);

public sealed partial class OrganizationQueries(TrackerDbContext db, ArticleQueries articles, ClaimQueries claimQueries, QueryCache cache)
{
    /// <summary>The company selector's choices, most covered first.</summary>
    public Task<IReadOnlyList<OrganizationOption>> OptionsAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<OrganizationOption>>(db, "organization-options", async () => (await db.Organizations.AsNoTracking()
            .Select(o => new { o.Slug, o.Name, Articles = o.ArticleCount })
            .OrderByDescending(o => o.Articles).ThenBy(o => o.Name).Take(500)
            .ToListAsync(ct))
        .Select(o => new OrganizationOption(o.Slug, o.Name, o.Articles)).ToList(), ct);

    /// <summary>A slug, a name or any alias, accents and case optional → the canonical slug.</summary>
    public async Task<string?> ResolveAsync(string text, CancellationToken ct)
    {
        var slug = text.Trim();
        if (await db.Organizations.AnyAsync(o => o.Slug == slug, ct)) return slug;
        // "l'OpenAI", "la SACD", "d'Adobe": the selector accepts names as articles write them.
        var key = LeadingArticle().Replace(FrenchTypography.Key(text.Trim()), "");
        var bySlug = Slug.From(text);
        return await db.OrganizationAliases.Where(a => a.Key == key).Select(a => a.Organization!.Slug).FirstOrDefaultAsync(ct)
            ?? await db.Organizations.Where(o => o.Slug == bySlug).Select(o => o.Slug).FirstOrDefaultAsync(ct);
    }

    public async Task<OrganizationPage?> BySlugAsync(string slug, CancellationToken ct) =>
        (await cache.GetOrAddAsync(db, $"organization|{slug}", async () => new Found<OrganizationPage>(await ComputeAsync(slug, ct)), ct)).Value;

    // Wraps the result so an unknown slug (null) is cached too.
    private sealed record Found<T>(T? Value);

    private async Task<OrganizationPage?> ComputeAsync(string slug, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Slug == slug)
            .Select(o => new { o.Id, o.Slug, o.Name, o.Kind, Aliases = o.Aliases.Select(a => a.Alias).ToList() })
            .FirstOrDefaultAsync(ct);
        if (org is null) return null;

        var articleIds = db.Mentions.Where(m => m.OrganizationId == org.Id).Select(m => m.ArticleId).Distinct();
        var dates = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id) && a.PublishedAt != null)
            .Select(a => a.PublishedAt!.Value).ToListAsync(ct);
        var byMonth = DateBuckets.Count(dates, DateBuckets.Month);

        var named = db.Mentions.Where(m => articleIds.Contains(m.ArticleId));
        var people = await MentionRanking.PeopleAsync(named, 30, ct);
        var products = await MentionRanking.ProductsAsync(named, 30, ct);

        var filter = new TrackerFilter(Org: slug);
        // Its own claims (it states them or is their subject), apart from those of articles that only name it.
        var claims = await claimQueries.RowsAsync(claimQueries.Filtered(filter).OrderByDescending(c => c.FirstSeen).ThenByDescending(c => c.Citations).Take(50), ct);
        var around = await claimQueries.MentionedAroundAsync(org.Id, 30, ct);
        var quotes = await db.Quotes.AsNoTracking().Where(q => articleIds.Contains(q.ArticleId))
            .OrderByDescending(q => q.ArticleId).Take(30)
            .Select(q => new QuoteLine(q.Id, q.ArticleId, q.Article!.Title, q.Speaker,
                q.Person != null ? q.Person.Slug : null, q.Text))
            .ToListAsync(ct);
        var list = await articles.ItemsAsync(filter, 1, 20, ct);
        return new OrganizationPage(org.Id, org.Slug, org.Name, org.Kind, org.Aliases, byMonth, people, products, claims, around, quotes, list);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:l'|d'|qu'|le |la |les |du |de la |des )")]
    private static partial System.Text.RegularExpressions.Regex LeadingArticle();
}
