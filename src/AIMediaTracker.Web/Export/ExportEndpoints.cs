using System.Text;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Api;

namespace AIMediaTracker.Web.Export;

/// <summary>/export/chiffres.csv and /export/chronologie.csv, with the dashboard's filters.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/chiffres.csv", async (string? org, string? from, string? to, string? sector, HttpContext http,
            OrganizationQueries organizations, DashboardQueries dashboard, ArticleQueries articles, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            // Basis, attribution and subject are the first citation's, as the link is.
            var csv = new CsvWriter().Row("type", "valeur", "unité", "approximatif", "secteur", "année", "base", "selon", "organisation concernée",
                "cité par", "texte", "article", "lien");
            var claims = await dashboard.ClaimsAsync(filter, 100_000, ct);
            var fields = await articles.ClaimFieldsAsync(claims.Select(c => c.FigureId).ToList(), ct);
            foreach (var c in claims)
            {
                var whose = fields.GetValueOrDefault(c.FigureId);
                csv.Row(c.Kind, c.Value, c.Unit, c.Approximate ? "oui" : "non", c.Sector, c.Year, whose?.Basis, whose?.Attribution, whose?.Subject,
                    c.Citations, c.Text, c.ArticleTitle, $"{http.Request.Scheme}://{http.Request.Host}/articles/{c.ArticleId}#fig-{c.FigureId}");
            }
            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "chiffres.csv");
        });

        app.MapGet("/export/chronologie.csv", async (string? org, string? from, string? to, string? sector, HttpContext http,
            OrganizationQueries organizations, TimelineQueries timeline, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var csv = new CsvWriter().Row("date", "type", "phrase", "article", "lien");
            var events = await timeline.GetAsync(filter, 1, 100_000, ct);
            foreach (var e in events.Items)
                csv.Row(e.Iso.Length > 0 ? e.Iso : e.Day.ToString("yyyy-MM-dd"), e.Kind.ToString().ToLowerInvariant(), e.Sentence, e.ArticleTitle,
                    $"{http.Request.Scheme}://{http.Request.Host}/articles/{e.ArticleId}" + (e.DateId is long id ? $"#date-{id}" : ""));
            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "chronologie.csv");
        });

        app.MapGet("/flux.atom", async (HttpContext http, ArticleQueries articles, CancellationToken ct) =>
        {
            var latest = await articles.ListAsync(TrackerFilter.None, 1, 50, ct);
            var root = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Text(AtomFeed.Write(root, latest.Items), "application/atom+xml; charset=utf-8");
        });
        return app;
    }
}
