using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// How many counted articles (<see cref="FilteredArticles.Counted"/>: originals, in French) name each
/// organisation and person, kept at write time in <see cref="Organization.ArticleCount"/> and
/// <see cref="Person.ArticleCount"/>. The dashboard's coverage counts and top organisations read that
/// column instead of grouping every mention, which took 0.4 s at 10 000 articles and grew with the
/// database, after every import.
/// Each writer keeps it in the transaction that changes mentions: <see cref="AddAsync"/> once an
/// article's mentions are stored, <see cref="RemoveAsync"/> before they are deleted, and
/// <see cref="RecountAsync"/> when mentions move from one entity to another (a merge).
/// The same calls keep <see cref="CoMention"/> (who and what each organisation is named with, and its
/// articles by month), which its page reads instead of grouping its articles' mentions.
/// </summary>
public sealed class CoverageCounts(TrackerDbContext db)
{
    public Task AddAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct) => ShiftAsync(articleIds, +1, ct);

    public Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct) => ShiftAsync(articleIds, -1, ct);

    // An article is new to (or gone from) every count it enters, so each entity moves by the number of
    // these articles that name it.
    private async Task ShiftAsync(IReadOnlyCollection<int> articleIds, int sign, CancellationToken ct)
    {
        if (articleIds.Count == 0) return;
        await RunAsync(CoMentionSql.Shift(DatabaseDialect.Of(db), articleIds, sign), ct);
        var counted = FilteredArticles.Counted(db.Articles).Select(a => a.Id).Where(id => EF.Parameter(articleIds).Contains(id));
        var mentions = db.Mentions.Where(m => counted.Contains(m.ArticleId));
        await AddAsync(mentions.Where(m => m.OrganizationId != null), mentions.Where(m => m.PersonId != null), sign, ct);
    }

    /// <summary>Counts again from the mentions: the given organisations and people, or all of them when null.</summary>
    public async Task RecountAsync(IReadOnlyCollection<int>? organizationIds, IReadOnlyCollection<int>? personIds, CancellationToken ct)
    {
        var organizations = organizationIds is null ? db.Organizations : db.Organizations.Where(o => EF.Parameter(organizationIds).Contains(o.Id));
        await organizations.ExecuteUpdateAsync(s => s.SetProperty(o => o.ArticleCount, 0), ct);
        var people = personIds is null ? db.People : db.People.Where(p => EF.Parameter(personIds).Contains(p.Id));
        await people.ExecuteUpdateAsync(s => s.SetProperty(p => p.ArticleCount, 0), ct);
        // Zeroed, then counted in one grouping: a count per entity, each with the counted articles as a
        // subquery, rebuilt that subquery for every row (40 minutes for the people of 100 000 articles).
        var counted = FilteredArticles.Counted(db.Articles).Select(a => a.Id);
        var mentions = db.Mentions.Where(m => counted.Contains(m.ArticleId));
        var ofOrganizations = mentions.Where(m => m.OrganizationId != null);
        if (organizationIds is not null) ofOrganizations = ofOrganizations.Where(m => EF.Parameter(organizationIds).Contains(m.OrganizationId!.Value));
        var ofPeople = mentions.Where(m => m.PersonId != null);
        if (personIds is not null) ofPeople = ofPeople.Where(m => EF.Parameter(personIds).Contains(m.PersonId!.Value));
        await AddAsync(ofOrganizations, ofPeople, +1, ct);

        var dialect = DatabaseDialect.Of(db);
        if (organizationIds is null || personIds is null) await RunAsync(CoMentionSql.RecountAll(dialect), ct);
        else
        {
            if (organizationIds.Count > 0) await RunAsync(CoMentionSql.RecountOrganizations(dialect, organizationIds), ct);
            if (personIds.Count > 0) await RunAsync(CoMentionSql.RecountPeople(dialect, personIds), ct);
        }
    }

    // Each entity moves by the number of distinct articles among its mentions. Entities moving by the same
    // amount share one UPDATE: a batch of 500 articles touches hundreds of entities but only a few
    // distinct amounts, and so does a recount of every person.
    private async Task AddAsync(IQueryable<Mention> ofOrganizations, IQueryable<Mention> ofPeople, int sign, CancellationToken ct)
    {
        foreach (var (amount, ids) in await BySameAmountAsync(ofOrganizations.GroupBy(m => m.OrganizationId!.Value), sign, ct))
            await db.Organizations.Where(o => EF.Parameter(ids).Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ArticleCount, o => o.ArticleCount + amount), ct);
        foreach (var (amount, ids) in await BySameAmountAsync(ofPeople.GroupBy(m => m.PersonId!.Value), sign, ct))
            await db.People.Where(p => EF.Parameter(ids).Contains(p.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ArticleCount, p => p.ArticleCount + amount), ct);
    }

    // The entities of each amount: the distinct articles among an entity's mentions, times the sign.
    private static async Task<List<(int Amount, List<int> Ids)>> BySameAmountAsync(IQueryable<IGrouping<int, Mention>> mentionsByEntity, int sign, CancellationToken ct)
    {
        var counts = await mentionsByEntity.Select(g => new { Id = g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() }).ToListAsync(ct);
        return counts.GroupBy(c => sign * c.Articles, c => c.Id).Select(same => (same.Key, same.ToList())).ToList();
    }

    private async Task RunAsync(IEnumerable<string> statements, CancellationToken ct)
    {
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
