using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ([AsParameters] FilterQuery filter, [AsParameters] PageQuery paging, OrganizationQueries organizations, ArticleQueries articles, CancellationToken ct) =>
            FilteredList.PageAsync(filter, organizations, f => articles.ListAsync(f, paging.Number, paging.Size, ct), ArticleItem.Of, ct))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Articles, filtrés comme le tableau de bord (org, from, to, sector, lang), les plus récents d'abord, par pages (page, pageSize).");

        api.MapGet("/articles/{id:int}", async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> (int id, ArticleQueries articles, CancellationToken ct) =>
            await articles.DetailAsync(id, ct) is { } detail ? TypedResults.Ok(ArticleResponse.Of(detail)) : ApiErrors.NotFound($"Aucun article n° {id}."))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Un article : texte, entités avec leurs positions, chiffres avec leur phrase et qui les avance (basis, attribution, subject), citations, dates et liens.");
        return api;
    }
}
