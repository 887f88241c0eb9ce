using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

public static class FiguresApi
{
    public static RouteGroupBuilder MapFiguresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/figures", async (string? org, string? from, string? to, string? sector, int? take,
            OrganizationQueries organizations, ClaimQueries claims, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var page = await claims.PageAsync(filter, null, null, null, 1, Math.Clamp(take ?? 200, 1, 1000), ct);
            return Results.Ok(page.Items.Select(c => new
            {
                c.Id, c.Kind, c.Basis, c.Attribution, c.Subject, c.Value, c.Unit, c.Approximate, c.Sector, c.Year, c.Citations, c.Text, c.FigureId,
                c.ArticleId, c.ArticleTitle, Source = $"/articles/{c.ArticleId}#{c.Anchor}",
            }));
        }).WithSummary("Les affirmations chiffrées du registre, les plus citées d'abord (voir /api/claims pour les filtres et la pagination).");

        api.MapGet("/timeline", async (string? org, string? from, string? to, string? sector, int? page,
            OrganizationQueries organizations, TimelineQueries timeline, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var events = await timeline.GetAsync(filter, page ?? 1, 100, ct);
            return Results.Ok(new
            {
                events.Page, events.PageSize, events.Total, events.PageCount,
                Items = events.Items.Select(e => new
                {
                    e.Day, e.Iso, Kind = e.Kind.ToString().ToLowerInvariant(), e.ArticleId, e.ArticleTitle, e.Sentence,
                    Html = e.DateId is long id ? $"/articles/{e.ArticleId}#date-{id}" : $"/articles/{e.ArticleId}",
                }),
            });
        }).WithSummary("La chronologie : publications, faits datés et projections, du plus récent au plus ancien.");
        return api;
    }
}
