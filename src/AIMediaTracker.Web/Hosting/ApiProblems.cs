using Microsoft.AspNetCore.Diagnostics;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// Errors of the JSON endpoints (/api, /healthz) are answered as problem details (RFC 9457), never
/// with the site's HTML error page: an unknown route, a bad route value, a body that does not bind,
/// an exception. The rest of the site keeps its French error pages.
/// </summary>
internal static class ApiProblems
{
    public static bool IsJsonPath(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/healthz");

    /// <summary>After the site's exception handler and status code pages, so that it sees the API's errors first.</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!IsJsonPath(http))
        {
            await next(http);
            return;
        }
        // The site's status code pages would re-execute /erreur/{code} and answer HTML.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        try
        {
            await next(http);
        }
        catch (Exception e) when (e is not OperationCanceledException && !http.Response.HasStarted)
        {
            http.RequestServices.GetRequiredService<ILogger<Program>>().LogError(e, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            await WriteAsync(http, StatusCodes.Status500InternalServerError);
            return;
        }
        if (http.Response.StatusCode >= 400 && !http.Response.HasStarted && http.Response.ContentLength is null && string.IsNullOrEmpty(http.Response.ContentType))
            await WriteAsync(http, http.Response.StatusCode);
    });

    private static Task WriteAsync(HttpContext http, int status)
    {
        var detail = status switch
        {
            StatusCodes.Status404NotFound => "Aucune ressource à cette adresse.",
            StatusCodes.Status405MethodNotAllowed => "Méthode non prise en charge à cette adresse.",
            StatusCodes.Status400BadRequest => "Requête invalide : paramètres ou corps illisibles.",
            >= 500 => "Le serveur n'a pas pu traiter la demande ; l'incident a été consigné.",
            _ => null,
        };
        return Results.Problem(detail, statusCode: status).ExecuteAsync(http);
    }
}
