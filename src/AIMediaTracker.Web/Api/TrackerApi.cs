namespace AIMediaTracker.Web.Api;

/// <summary>The read-only JSON API under /api, described by the OpenAPI document at /openapi/v1.json.</summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("AIMediaTracker");
        api.MapArticlesApi();
        api.MapEntitiesApi();
        api.MapFiguresApi();
        api.MapClaimsApi();
        return app;
    }
}
