using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>/api/claims: the claim ledger with the screens' filters, by page, and one claim with its citations.</summary>
public static class ClaimsApi
{
    public const int PageSize = 50;

    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", async (string? org, string? from, string? to, string? sector, string? kind, string? basis, string? grade, int? page,
            OrganizationQueries organizations, ClaimQueries claims, CancellationToken ct) =>
        {
            var filter = await ApiFilter.ResolveAsync(org, from, to, sector, organizations, ct);
            var result = await claims.PageAsync(filter, kind, basis, grade, page ?? 1, PageSize, ct);
            return Results.Ok(new
            {
                result.Page, result.PageSize, result.Total, result.PageCount,
                Items = result.Items.Select(c => new
                {
                    c.Id, c.Kind, c.Basis, c.Value, c.Unit, c.Approximate, c.Attribution, c.Subject, c.Sector, c.Year,
                    c.Citations, c.FirstSeen, c.Grade, c.Variants, c.Text, c.ArticleId, c.ArticleTitle,
                    Html = $"/chiffres/{c.Id}", Source = $"/articles/{c.ArticleId}#{c.Anchor}",
                }),
            });
        }).WithSummary("Les affirmations chiffrées : chaque chiffre une fois, avec sa source et le nombre d'articles qui le citent. Filtres : org (ses propres affirmations), from, to (première citation), sector, kind, basis (reported, projected), grade (explicit, attributed, unclear).");

        api.MapGet("/claims/{id:long}", async (long id, ClaimQueries claims, CancellationToken ct) =>
            await claims.ByIdAsync(id, ct) is { } claim ? Results.Ok(claim) : ApiFilter.NotFound($"Aucune affirmation n° {id}."))
            .WithSummary("Une affirmation, chaque article qui la cite avec sa phrase, et ses variantes.");
        return api;
    }
}
