namespace AIMediaTracker.Web.Api;

/// <summary>
/// The read-only JSON API under /api, described by the OpenAPI document at /openapi/v1.json: named
/// response records, lists as <see cref="ApiPage{T}"/> (page, pageSize), every item with its id and
/// its page on this site (html), errors as problem details.
/// </summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        // A parameter that does not parse (?page=deux) is answered 400 by ApiProblems.
        var api = app.MapGroup("/api").WithTags("AIMediaTracker").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapArticlesApi();
        api.MapEntitiesApi();
        api.MapFiguresApi();
        api.MapClaimsApi();
        return app;
    }
}
