using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Data.Queries;

/// <summary>The articles a filter lets through; near-duplicates never count.</summary>
internal static class FilteredArticles
{
    public static IQueryable<Article> Apply(IQueryable<Article> articles, TrackerFilter filter)
    {
        var query = articles.Where(a => a.DuplicateOfId == null);
        if (!string.IsNullOrEmpty(filter.Org))
            query = query.Where(a => a.Mentions.Any(m => m.Organization != null && m.Organization.Slug == filter.Org));
        if (filter.FromDay is { } from) query = query.Where(a => a.PublishedAt >= from);
        if (filter.ToDay is { } to) query = query.Where(a => a.PublishedAt <= to);
        if (!string.IsNullOrEmpty(filter.Sector))
            query = query.Where(a => a.Figures.Any(f => f.Sector == filter.Sector));
        return query;
    }

    public static IQueryable<Figure> Figures(TrackerDbContext db, TrackerFilter filter)
    {
        var articles = Apply(db.Articles, filter);
        var figures = db.Figures.Where(f => f.Kind != "other" && articles.Any(a => a.Id == f.ArticleId));
        if (!string.IsNullOrEmpty(filter.Sector)) figures = figures.Where(f => f.Sector == filter.Sector);
        return figures;
    }
}
