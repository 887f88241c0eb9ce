using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", async (string? org, string? from, string? to, string? sector, int? page, int? pageSize,
            OrganizationQueries organizations, ArticleQueries articles, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var result = await articles.ListAsync(filter, page ?? 1, Math.Clamp(pageSize ?? 20, 1, 100), ct);
            return Results.Ok(new
            {
                result.Page, result.PageSize, result.Total, result.PageCount,
                Items = result.Items.Select(a => new { a.Id, a.Title, a.PublishedAt, a.Source, a.Organizations, a.People, Html = $"/articles/{a.Id}" }),
            });
        }).WithSummary("Articles, filtrés comme le tableau de bord (org, from, to, sector), par pages de 100 au plus.");

        api.MapGet("/articles/{id:int}", async (int id, ArticleQueries articles, CancellationToken ct) =>
        {
            var detail = await articles.DetailAsync(id, ct);
            if (detail is null) return ApiFilter.NotFound($"Aucun article n° {id}.");
            var a = detail.Article;
            return Results.Ok(new
            {
                a.Id, a.Title, a.Author, a.Outlet, a.Url, a.PublishedAt, a.DuplicateOfId, a.Text,
                Html = $"/articles/{a.Id}",
                Entities = detail.Mentions.Select(m => new { Type = m.Type.ToString().ToLowerInvariant(), m.Slug, m.Name, m.Start, m.End }),
                Figures = detail.Figures.Select(f => new
                {
                    f.Id, f.Kind, f.Value, f.Unit, f.Approximate, f.Sector, f.Region, f.Year, f.Basis, f.Attribution, f.Subject, f.Start, f.End,
                    Text = a.Text[f.Start..f.End], Sentence = a.Text[f.SentenceStart..f.SentenceEnd], Html = $"/articles/{a.Id}#{FigureAnchor.Of(f.Start)}",
                }),
                Dates = detail.Dates.Select(d => new { d.Iso, Sentence = a.Text[d.SentenceStart..d.SentenceEnd] }),
                Quotes = detail.Quotes.Select(q => new { q.Speaker, q.Text }),
                Links = detail.Links,
            });
        }).WithSummary("Un article : texte, entités avec leurs positions, chiffres avec leur phrase et qui les avance (basis, attribution, subject), citations, dates et liens.");
        return api;
    }
}
