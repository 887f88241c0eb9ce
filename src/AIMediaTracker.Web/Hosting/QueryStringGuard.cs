namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// A query string value holding a NUL character (`?org=%00`) is refused with 400 before any page or
/// endpoint reads it: no address of the site needs one, and PostgreSQL refuses NUL in text (22021),
/// which turned such a request into a 500 on that database while SQLite answered normally.
/// </summary>
internal static class QueryStringGuard
{
    public static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        foreach (var (key, values) in http.Request.Query)
        {
            if (key.Contains('\0') || values.Any(v => v is not null && v.Contains('\0')))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        await next(http);
    });
}
