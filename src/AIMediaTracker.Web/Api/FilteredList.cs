using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AIMediaTracker.Web.Api;

/// <summary>A list under the screens' filters: one page of it, or a problem when the company filter names no organisation.</summary>
internal static class FilteredList
{
    public static async Task<Results<Ok<ApiPage<T>>, ProblemHttpResult>> PageAsync<TRow, T>(FilterQuery filter, OrganizationQueries organizations,
        Func<TrackerFilter, Task<Paged<TRow>>> query, Func<TRow, T> item, CancellationToken ct)
    {
        var resolved = await filter.ResolveAsync(organizations, ct);
        if (resolved.UnknownOrganization is { } unknown) return ApiErrors.UnknownOrganization(unknown);
        return TypedResults.Ok(ApiPage<T>.Of(await query(resolved.Filter), item));
    }
}
