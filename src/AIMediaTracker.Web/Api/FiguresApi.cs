using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

public static class FiguresApi
{
    public static RouteGroupBuilder MapFiguresApi(this RouteGroupBuilder api)
    {
        // The claims' list under its first address; `take` is its former page size, still read.
        api.MapGet("/figures", ([AsParameters] FilterQuery filter, [AsParameters] PageQuery paging, int? take,
            OrganizationQueries organizations, ClaimQueries claims, CancellationToken ct) =>
        {
            if (paging.PageSize is null && take is not null) paging = new PageQuery { Page = paging.Page, PageSize = take };
            return FilteredList.PageAsync(filter, organizations, f => claims.PageAsync(f, null, null, null, paging.Number, paging.Size, ct), ClaimItem.Of, ct);
        }).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Les affirmations chiffrées du registre, les plus citées d'abord : la liste de /api/claims sans ses filtres kind, basis et grade (take : ancien nom de pageSize).");

        api.MapGet("/timeline", ([AsParameters] FilterQuery filter, [AsParameters] PageQuery paging, OrganizationQueries organizations, TimelineQueries timeline, CancellationToken ct) =>
            FilteredList.PageAsync(filter, organizations, f => timeline.GetAsync(f, paging.Number, paging.Size, ct), TimelineItem.Of, ct))
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("La chronologie : publications, faits datés et projections, du plus récent au plus ancien, par pages (page, pageSize).");
        return api;
    }
}
