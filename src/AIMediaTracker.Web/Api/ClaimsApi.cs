using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

/// <summary>/api/claims: the claim ledger with the screens' filters, by page, and one claim with its citations.</summary>
public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", ([AsParameters] FilterQuery filter, [AsParameters] PageQuery paging, string? kind, string? basis, string? grade,
            OrganizationQueries organizations, ClaimQueries claims, CancellationToken ct) =>
            FilteredList.PageAsync(filter, organizations, f => claims.PageAsync(f, kind, basis, grade, paging.Number, paging.Size, ct), ClaimItem.Of, ct))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Les affirmations chiffrées : chaque chiffre une fois, avec sa source et le nombre d'articles qui le citent, les plus citées d'abord, puis les plus récemment enregistrées. Filtres : org (ses propres affirmations), from, to (première citation), sector, kind, basis (reported, projected), grade (explicit, attributed, unclear).");

        api.MapGet("/claims/{id:long}", async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> (long id, ClaimQueries claims, CancellationToken ct) =>
            await claims.ByIdAsync(id, ct) is { } claim ? TypedResults.Ok(ClaimResponse.Of(claim)) : ApiErrors.NotFound($"Aucune affirmation n° {id}."))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Une affirmation, chaque article qui la cite avec sa phrase, et ses variantes.");
        return api;
    }
}
