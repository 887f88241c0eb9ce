using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

/// <summary>The API's own errors, as problem details (RFC 9457) in French, as the rest of /api answers them.</summary>
internal static class ApiErrors
{
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Title = "Introuvable",
        Detail = detail,
        Status = StatusCodes.Status404NotFound,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    });

    /// <summary>A company filter that names no known organisation: an error, not an empty list.</summary>
    public static ProblemHttpResult UnknownOrganization(string text) =>
        NotFound($"Aucune organisation ne correspond à « {text} » (ni par son identifiant, ni par son nom, ni par un alias).");
}
