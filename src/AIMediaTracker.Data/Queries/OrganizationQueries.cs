using AIMediaTracker.Core.Text;
using AIMediaTracker.Data.Entities;
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
        // Its chart and « cités avec elle » read the counts kept at write time (CoMention): grouping every
        // mention of its articles took 160 ms of its first request after an import at 10 000 articles.
        var coMentions = db.CoMentions.AsNoTracking().Where(c => c.OrganizationId == org.Id);
        var byMonth = (await coMentions.Where(c => c.Kind == CoMentionKind.Month).OrderBy(c => c.OtherId)
                .Select(c => new { c.OtherId, c.Articles }).ToListAsync(ct))
            .Select(c => new DatedCount(new DateOnly(c.OtherId / 100, c.OtherId % 100, 1), c.Articles)).ToList();
        var people = await MostNamedWithAsync(coMentions, CoMentionKind.Person,
            rows => rows.Join(db.People, c => c.OtherId, p => p.Id, (c, p) => new NamedCount { Slug = p.Slug, Name = p.Name, Count = c.Articles }), ct);
        var products = await MostNamedWithAsync(coMentions, CoMentionKind.Product,
            rows => rows.Join(db.Products, c => c.OtherId, p => p.Id, (c, p) => new NamedCount { Slug = p.Slug, Name = p.Name, Count = c.Articles }), ct);

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

    /// <summary>
    /// The 30 people or products named by most of its articles, ties by name. The 30th count is read first
    /// from the index (OrganizationId, Kind, Articles), so only the rows that reach it are joined to their
    /// names and sorted, not everyone ever named beside a company covered by thousands of articles.
    /// </summary>
    private static async Task<List<Named>> MostNamedWithAsync(IQueryable<CoMention> coMentions, CoMentionKind kind,
        Func<IQueryable<CoMention>, IQueryable<NamedCount>> named, CancellationToken ct)
    {
        const int take = 30;
        var rows = coMentions.Where(c => c.Kind == kind);
        var floor = await rows.OrderByDescending(c => c.Articles).Select(c => c.Articles).Skip(take - 1).FirstOrDefaultAsync(ct);
        return (await named(rows.Where(c => c.Articles >= floor)).OrderByDescending(n => n.Count).ThenBy(n => n.Name).Take(take).ToListAsync(ct))
            .Select(n => new Named(n.Slug, n.Name, n.Count)).ToList();
    }

    // A member-initialised type, not a record: EF translates ordering on its members.
    private sealed class NamedCount
    {
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public int Count { get; init; }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:l'|d'|qu'|le |la |les |du |de la |des )")]
    private static partial System.Text.RegularExpressions.Regex LeadingArticle();
}
