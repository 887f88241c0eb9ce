using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>The query-string filters of the screens, for the API: the same names, the same meaning.</summary>
internal static class ApiFilter
{
    public static async Task<TrackerFilter> ResolveAsync(string? org, string? from, string? to, string? sector, OrganizationQueries organizations, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(org) ? null : await organizations.ResolveAsync(org, ct) ?? org.Trim();
        return new TrackerFilter(slug, Blank(from), Blank(to), Blank(sector));
    }

    public static IResult NotFound(string what) =>
        Results.Problem(title: "Introuvable", detail: what, statusCode: StatusCodes.Status404NotFound);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
