using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Web.Hosting;

/// <summary>/healthz: is the database reachable, and when did a feed last answer.</summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (TrackerDbContext db, CancellationToken ct) =>
        {
            try
            {
                var articles = await db.Articles.CountAsync(ct);
                var lastPoll = await db.Sources.Where(s => s.Kind == SourceKind.Feed).MaxAsync(s => s.LastPolledAt, ct);
                return Results.Json(new { status = "ok", database = "ok", provider = db.Database.IsNpgsql() ? "postgres" : "sqlite", articles, lastFeedPoll = lastPoll });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "error", database = "inaccessible" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
