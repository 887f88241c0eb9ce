namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// Refuses request bodies over the limit with 413 before anything reads them, whatever the server
/// (Kestrel's own limit only applies to Kestrel), with a short French page of its own: the body is
/// never read, so the usual re-executed status page cannot run.
/// </summary>
internal static class RequestBodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Envoi trop volumineux — AIMediaTracker</title></head>" +
                    $"<body><h1>Envoi trop volumineux</h1><p>Le contenu envoyé dépasse la taille autorisée ({MaxBytes / 1024 / 1024} Mo).</p><p><a href=\"/\">Retour au tableau de bord</a></p></body></html>");
                return;
            }
            var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = MaxBytes;
            await next();
        });
}
