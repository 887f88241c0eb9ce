using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

public sealed record PersonPage(int Id, string Slug, string Name, IReadOnlyList<string> Roles, string? Handle,
    IReadOnlyList<Named> Organizations, IReadOnlyList<QuoteLine> Quotes, IReadOnlyList<MentionLine> Mentions);

public sealed record ProductPage(string Slug, string Name, string? MakerSlug, string? MakerName,
    IReadOnlyList<Named> Organizations, IReadOnlyList<MentionLine> Mentions);

/// <summary>Pages of people and products: who they are, what they said, where they appear.</summary>
public sealed class EntityQueries(TrackerDbContext db)
{
    public async Task<PersonPage?> PersonAsync(string slug, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (person is null) return null;
        var mentions = db.Mentions.AsNoTracking().Where(m => m.PersonId == person.Id);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.PersonId == person.Id)
            .OrderByDescending(q => q.ArticleId).Take(50)
            .Select(q => new QuoteLine(q.Id, q.ArticleId, q.Article!.Title, q.Speaker, slug, q.Text)).ToListAsync(ct);
        return new PersonPage(person.Id, person.Slug, person.Name, person.Role is null ? [] : [person.Role], person.Handle,
            await CoMentionedOrganizationsAsync(mentions.Select(m => m.ArticleId), ct), quotes, await LinesAsync(mentions, ct));
    }

    public async Task<ProductPage?> ProductAsync(string slug, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, MakerSlug = p.Organization != null ? p.Organization.Slug : null, MakerName = p.Organization != null ? p.Organization.Name : null })
            .FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var mentions = db.Mentions.AsNoTracking().Where(m => m.ProductId == product.Id);
        return new ProductPage(product.Slug, product.Name, product.MakerSlug, product.MakerName,
            await CoMentionedOrganizationsAsync(mentions.Select(m => m.ArticleId), ct), await LinesAsync(mentions, ct));
    }

    private async Task<IReadOnlyList<Named>> CoMentionedOrganizationsAsync(IQueryable<int> articleIds, CancellationToken ct) =>
        await MentionRanking.OrganizationsAsync(db.Mentions.Where(m => articleIds.Contains(m.ArticleId)), 30, ct);

    /// <summary>One line per article: the first sentence naming the entity.</summary>
    private static async Task<IReadOnlyList<MentionLine>> LinesAsync(IQueryable<Entities.Mention> mentions, CancellationToken ct)
    {
        var rows = await mentions.OrderByDescending(m => m.ArticleId).ThenBy(m => m.Start).Take(400)
            .Select(m => new { m.ArticleId, m.Article!.Title, m.Article.PublishedAt, Sentence = m.Article.Text.Substring(m.SentenceStart, m.SentenceEnd - m.SentenceStart) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ArticleId).Take(50)
            .Select(g => g.First()).Select(r => new MentionLine(r.ArticleId, r.Title, r.PublishedAt, r.Sentence)).ToList();
    }
}
