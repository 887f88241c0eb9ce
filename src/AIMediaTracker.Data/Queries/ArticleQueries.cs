using AIMediaTracker.Core.Text;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

public sealed record ArticleListItem(int Id, string Title, DateOnly? PublishedAt, string? Source, IReadOnlyList<string> Organizations, IReadOnlyList<string> People);

public sealed record ArticlePage(int Id, string Title, string? Author, string? Outlet, string? Url, DateOnly? PublishedAt, string Text, int? DuplicateOfId);

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Read models for article lists and pages: projections only, no tracked entities.</summary>
public sealed class ArticleQueries(TrackerDbContext db)
{
    public async Task<Paged<ArticleListItem>> ListAsync(TrackerFilter filter, int page, int pageSize, CancellationToken ct) =>
        await ListAsync(filter, page, pageSize, await FilteredArticles.Apply(db.Articles.AsNoTracking(), filter).CountAsync(ct), ct);

    /// <summary>One page, with a total the caller has already counted for this filter (the dashboard keeps it until the data changes).</summary>
    public async Task<Paged<ArticleListItem>> ListAsync(TrackerFilter filter, int page, int pageSize, int total, CancellationToken ct)
    {
        page = Math.Max(1, page);
        return new Paged<ArticleListItem>(await ItemsAsync(filter, page, pageSize, ct), page, pageSize, total);
    }

    /// <summary>
    /// One page of the list without its total, for screens that show no pager: counting every article
    /// of a company named by thousands cost an organisation page 18 ms of its first request after an
    /// import at 10 000 articles, for a number it did not show.
    /// </summary>
    public async Task<IReadOnlyList<ArticleListItem>> ItemsAsync(TrackerFilter filter, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var rows = await FilteredArticles.Apply(db.Articles.AsNoTracking(), filter)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new { a.Id, a.Title, a.PublishedAt, Source = a.Outlet ?? (a.Source != null ? a.Source.Name : null) })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        // Names come in a second query: SQLite cannot run DISTINCT inside a paged projection.
        var names = await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId) && (m.OrganizationId != null || m.PersonId != null))
            .Select(m => new { m.ArticleId, m.Start, Org = m.Organization!.Name, Person = m.Person!.Name })
            .OrderBy(m => m.Start)
            .ToListAsync(ct);
        return rows.Select(r => new ArticleListItem(r.Id, r.Title, r.PublishedAt, r.Source,
            names.Where(n => n.ArticleId == r.Id && n.Org != null).Select(n => n.Org).Distinct().ToList(),
            names.Where(n => n.ArticleId == r.Id && n.Person != null).Select(n => n.Person).Distinct().ToList())).ToList();
    }

    public Task<ArticlePage?> ByIdAsync(int id, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticlePage(a.Id, a.Title, a.Author, a.Outlet ?? (a.Source != null ? a.Source.Name : null),
                a.CanonicalUrl ?? a.Url, a.PublishedAt, a.Text, a.DuplicateOfId))
            .FirstOrDefaultAsync(ct);

    public async Task<ArticleDetail?> DetailAsync(int id, CancellationToken ct)
    {
        var article = await ByIdAsync(id, ct);
        if (article is null) return null;
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id).OrderBy(m => m.Start)
            .Select(m => new
            {
                m.Start, m.End,
                Org = m.Organization == null ? null : new { m.Organization.Slug, m.Organization.Name },
                Person = m.Person == null ? null : new { m.Person.Slug, m.Person.Name },
                Product = m.Product == null ? null : new { m.Product.Slug, m.Product.Name },
            }).ToListAsync(ct);
        var spans = mentions.Select(m =>
            m.Org is not null ? new MentionSpan(m.Start, m.End, EntityType.Organization, m.Org.Slug, m.Org.Name)
            : m.Person is not null ? new MentionSpan(m.Start, m.End, EntityType.Person, m.Person.Slug, m.Person.Name)
            : new MentionSpan(m.Start, m.End, EntityType.Product, m.Product!.Slug, m.Product.Name)).ToList();
        var figures = await db.Figures.AsNoTracking().Where(f => f.ArticleId == id).OrderBy(f => f.Start)
            .Select(f => new FigureLine(f.Id, f.Kind, f.Value, f.Unit, f.Approximate, f.Sector, f.Region, f.Year, f.Start, f.End, f.SentenceStart, f.SentenceEnd,
                f.Basis, f.Attribution, f.Subject, null, null))
            .ToListAsync(ct);
        figures = await LinkNamesAsync(figures, ct);
        var dates = await db.Dates.AsNoTracking().Where(d => d.ArticleId == id).OrderBy(d => d.Start)
            .Select(d => new DateLine(d.Id, d.Iso, d.SentenceStart, d.SentenceEnd)).ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == id).OrderBy(q => q.Start)
            .Select(q => new QuoteLine(q.Id, q.ArticleId, article.Title, q.Speaker, q.Person != null ? q.Person.Slug : null, q.Text))
            .ToListAsync(ct);
        var links = await db.Links.AsNoTracking().Where(l => l.ArticleId == id).OrderBy(l => l.Id).Select(l => l.Url).ToListAsync(ct);
        var copies = await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == id || (article.DuplicateOfId != null && a.Id == article.DuplicateOfId))
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt, a.Outlet ?? (a.Source != null ? a.Source.Name : null), new List<string>(), new List<string>()))
            .ToListAsync(ct);
        return new ArticleDetail(article, spans, figures, dates, quotes, links, copies);
    }

    /// <summary>
    /// Links each attribution to the organisation or person of that name, and each subject to the
    /// organisation, when one is stored: under its name, any alias (accents and case optional) or slug.
    /// </summary>
    private async Task<List<FigureLine>> LinkNamesAsync(List<FigureLine> figures, CancellationToken ct)
    {
        var names = figures.SelectMany(f => new[] { f.Attribution, f.Subject }).OfType<string>().Distinct().ToList();
        if (names.Count == 0) return figures;
        var keys = names.Select(n => FrenchTypography.Key(n.Trim())).Distinct().ToList();
        var slugs = names.Select(Core.Text.Slug.From).Distinct().ToList();
        var aliased = await db.OrganizationAliases.AsNoTracking().Where(a => EF.Parameter(keys).Contains(a.Key))
            .OrderBy(a => a.Id).Select(a => new { a.Key, a.Organization!.Slug }).ToListAsync(ct);
        var orgSlugs = await db.Organizations.AsNoTracking().Where(o => EF.Parameter(slugs).Contains(o.Slug)).Select(o => o.Slug).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => EF.Parameter(slugs).Contains(p.Slug)).Select(p => p.Slug).ToListAsync(ct);
        // A merged person's former slug leads to the survivor.
        var merged = await db.PersonAliases.AsNoTracking().Where(a => EF.Parameter(slugs).Contains(a.Slug))
            .ToDictionaryAsync(a => a.Slug, a => a.Person!.Slug, ct);

        EntityLink? Organization(string? name)
        {
            if (name is null) return null;
            var key = FrenchTypography.Key(name.Trim());
            var slug = aliased.FirstOrDefault(a => a.Key == key)?.Slug
                ?? orgSlugs.FirstOrDefault(s => s == Core.Text.Slug.From(name));
            return slug is null ? null : new EntityLink(EntityType.Organization, slug);
        }
        EntityLink? Person(string? name)
        {
            if (name is null) return null;
            var slug = Core.Text.Slug.From(name);
            var page = people.Contains(slug) ? slug : merged.GetValueOrDefault(slug);
            return page is null ? null : new EntityLink(EntityType.Person, page);
        }
        return figures.Select(f => f with { AttributionLink = Organization(f.Attribution) ?? Person(f.Attribution), SubjectLink = Organization(f.Subject) }).ToList();
    }
}
