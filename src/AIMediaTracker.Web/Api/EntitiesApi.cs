using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

public static class EntitiesApi
{
    public static RouteGroupBuilder MapEntitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organizations", async Task<Ok<ApiPage<NamedItem>>> (string? q, [AsParameters] PageQuery paging, OrganizationQueries organizations, CancellationToken ct) =>
        {
            var options = await organizations.OptionsAsync(ct);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var slug = await organizations.ResolveAsync(q, ct);
                options = options.Where(o => o.Slug == slug).ToList();
            }
            return TypedResults.Ok(ApiPage<NamedItem>.Of(options, paging, o => new NamedItem(o.Slug, o.Name, o.Articles, SiteUrls.Organization(o.Slug))));
        }).WithSummary("Organisations avec leur nombre d'articles, les plus citées d'abord ; ?q= cherche par n'importe quel alias, accents facultatifs.");

        api.MapGet("/organizations/{slug}", async Task<Results<Ok<OrganizationResponse>, ProblemHttpResult>> (string slug, OrganizationQueries organizations, CancellationToken ct) =>
            await organizations.BySlugAsync(slug, ct) is { } page ? TypedResults.Ok(OrganizationResponse.Of(page)) : ApiErrors.NotFound($"Aucune organisation « {slug} »."))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Une organisation : mentions par mois, personnes et produits associés, ses affirmations et celles de sa couverture, citations, articles.");

        api.MapGet("/people/{slug}", async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> (string slug, EntityQueries entities, CancellationToken ct) =>
            await entities.PersonAsync(slug, ct) is { } page ? TypedResults.Ok(PersonResponse.Of(page)) : ApiErrors.NotFound($"Aucune personne « {slug} »."))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Une personne : fonction, organisations citées avec elle, citations, articles.");
        return api;
    }
}
