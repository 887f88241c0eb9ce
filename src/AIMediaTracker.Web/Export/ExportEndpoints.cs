using System.Text;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Api;
using AIMediaTracker.Web.Filters;

namespace AIMediaTracker.Web.Export;

/// <summary>/export/claims.csv and /export/chronologie.csv, with the dashboard's filters; Atom feeds.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        // The claims of the ledger; chiffres.csv is the older address of the same list.
        foreach (var path in new[] { "/export/claims.csv", "/export/chiffres.csv" })
            app.MapGet(path, async ([AsParameters] FilterQuery filter, string? kind, string? basis, string? grade, HttpContext http,
                OrganizationQueries organizations, ClaimQueries claims, CancellationToken ct) =>
            {
                var resolved = await filter.ResolveAsync(organizations, ct);
                if (resolved.UnknownOrganization is { } unknown) return ApiErrors.UnknownOrganization(unknown);
                var root = $"{http.Request.Scheme}://{http.Request.Host}";
                var csv = new CsvWriter().Row("id", "type", "base", "valeur", "unité", "approximatif", "attribution", "sujet", "secteur", "année",
                    "cité par", "première citation", "lien ia", "variantes", "texte", "article", "lien", "page");
                foreach (var c in (await claims.PageAsync(resolved.Filter, kind, basis, grade, 1, 100_000, ct)).Items)
                    csv.Row(c.Id, c.Kind, c.Basis, c.Value, c.Unit, c.Approximate ? "oui" : "non", c.Attribution, c.Subject, c.Sector, c.Year,
                        c.Citations, c.FirstSeen?.ToString("yyyy-MM-dd"), c.Grade, c.Variants, c.Text, c.ArticleTitle,
                        root + SiteUrls.Figure(c.ArticleId, c.FigureStart), root + SiteUrls.Claim(c.Id));
                return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", Path.GetFileName(path));
            });

        app.MapGet("/export/chronologie.csv", async ([AsParameters] FilterQuery filter, HttpContext http,
            OrganizationQueries organizations, TimelineQueries timeline, CancellationToken ct) =>
        {
            var resolved = await filter.ResolveAsync(organizations, ct);
            if (resolved.UnknownOrganization is { } unknown) return ApiErrors.UnknownOrganization(unknown);
            var csv = new CsvWriter().Row("date", "type", "phrase", "article", "lien");
            var events = await timeline.GetAsync(resolved.Filter, 1, 100_000, ct);
            foreach (var e in events.Items)
                csv.Row(e.Iso.Length > 0 ? e.Iso : e.Day.ToString("yyyy-MM-dd"), e.Kind.ToString().ToLowerInvariant(), e.Sentence, e.ArticleTitle,
                    $"{http.Request.Scheme}://{http.Request.Host}" + (e.DateId is long id ? SiteUrls.Date(e.ArticleId, id) : SiteUrls.Article(e.ArticleId)));
            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "chronologie.csv");
        });

        app.MapGet("/organisations/{slug}/flux.atom", async (string slug, HttpContext http, OrganizationQueries organizations, CancellationToken ct) =>
            await organizations.BySlugAsync(slug, ct) is { } org
                ? Results.Text(AtomFeed.Write($"{http.Request.Scheme}://{http.Request.Host}", org), "application/atom+xml; charset=utf-8")
                : Results.NotFound());

        app.MapGet("/flux.atom", async (HttpContext http, ArticleQueries articles, CancellationToken ct) =>
        {
            var latest = await articles.ListAsync(TrackerFilter.None, 1, 50, ct);
            var root = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Text(AtomFeed.Write(root, latest.Items), "application/atom+xml; charset=utf-8");
        });
        return app;
    }
}
