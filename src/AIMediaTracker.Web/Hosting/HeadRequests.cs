using Microsoft.AspNetCore.Routing;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// HEAD wherever GET: minimal API endpoints mapped with MapGet answer GET only, so HEAD got a 404
/// while OPTIONS listed it. Kestrel sends the headers of a HEAD answer and drops its body.
/// </summary>
internal static class HeadRequests
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            if (methods is null || !methods.Contains(HttpMethods.Get) || methods.Contains(HttpMethods.Head)) return;
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods, HttpMethods.Head]));
        });
        return builder;
    }
}
