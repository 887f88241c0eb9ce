using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

public static class FiguresApi
{
    public static RouteGroupBuilder MapFiguresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/figures", async (string? org, string? from, string? to, string? sector, int? take,
            OrganizationQueries organizations, DashboardQueries dashboard, ArticleQueries articles, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var claims = await dashboard.ClaimsAsync(filter, Math.Clamp(take ?? 200, 1, 1000), ct);
            var fields = await articles.ClaimFieldsAsync(claims.Select(c => c.FigureId).ToList(), ct);
            return Results.Ok(claims.Select(c =>
            {
                var whose = fields.GetValueOrDefault(c.FigureId);
                return new
                {
                    c.Kind, c.Value, c.Unit, c.Approximate, c.Sector, c.Year, whose?.Basis, whose?.Attribution, whose?.Subject,
                    c.Citations, c.Text, c.FigureId, c.ArticleId, c.ArticleTitle, Source = $"/articles/{c.ArticleId}#fig-{c.FigureId}",
                };
            }));
        }).WithSummary("Chiffres d'impact regroupés en affirmations (même type, valeur, unité, secteur, année), les plus cités d'abord ; " +
            "figureId, basis, attribution et subject sont ceux de la première citation.");

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
