using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

public static class EntitiesApi
{
    public static RouteGroupBuilder MapEntitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organizations", async (string? q, OrganizationQueries organizations, CancellationToken ct) =>
        {
            var options = await organizations.OptionsAsync(ct);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var slug = await organizations.ResolveAsync(q, ct);
                options = options.Where(o => o.Slug == slug).ToList();
            }
            return Results.Ok(options.Select(o => new { o.Slug, o.Name, o.Articles, Html = $"/organisations/{o.Slug}" }));
        }).WithSummary("Organisations avec leur nombre d'articles ; ?q= cherche par n'importe quel alias, accents facultatifs.");

        api.MapGet("/organizations/{slug}", async (string slug, OrganizationQueries organizations, CancellationToken ct) =>
            await organizations.BySlugAsync(slug, ct) is { } page ? Results.Ok(page) : ApiFilter.NotFound($"Aucune organisation « {slug} »."))
            .WithSummary("Une organisation : mentions par mois, personnes et produits associés, chiffres, citations, articles.");

        api.MapGet("/people/{slug}", async (string slug, EntityQueries entities, CancellationToken ct) =>
            await entities.PersonAsync(slug, ct) is { } page ? Results.Ok(page) : ApiFilter.NotFound($"Aucune personne « {slug} »."))
            .WithSummary("Une personne : fonction, citations, articles.");
        return api;
    }
}
