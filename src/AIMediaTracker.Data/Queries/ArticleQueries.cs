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
    public async Task<Paged<ArticleListItem>> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var query = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null);
        var total = await query.CountAsync(ct);
        var rows = await query
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
        var items = rows.Select(r => new ArticleListItem(r.Id, r.Title, r.PublishedAt, r.Source,
            names.Where(n => n.ArticleId == r.Id && n.Org != null).Select(n => n.Org).Distinct().ToList(),
            names.Where(n => n.ArticleId == r.Id && n.Person != null).Select(n => n.Person).Distinct().ToList())).ToList();
        return new Paged<ArticleListItem>(items, page, pageSize, total);
    }

    public Task<ArticlePage?> ByIdAsync(int id, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticlePage(a.Id, a.Title, a.Author, a.Outlet ?? (a.Source != null ? a.Source.Name : null),
                a.CanonicalUrl ?? a.Url, a.PublishedAt, a.Text, a.DuplicateOfId))
            .FirstOrDefaultAsync(ct);
}
