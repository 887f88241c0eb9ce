using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Filters;

/// <summary>
/// The filters every screen shares, as the query string gives them (<c>?org=&amp;from=&amp;to=&amp;sector=&amp;lang=</c>),
/// read the same way by the pages, the JSON API and the CSV exports. A company typed by any alias
/// (« l'OpenAI », « open ai », « Societe Generale ») resolves to its canonical slug; one that matches
/// nothing is reported, never passed on as a filter that silently empties every list.
/// </summary>
public sealed class FilterQuery
{
    /// <summary>A company: its slug, its name or any alias, accents and case optional.</summary>
    [FromQuery(Name = "org")] public string? Org { get; init; }

    /// <summary>First month, « 2024-01 » (or a day, « 2024-01-15 », or a year).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>Last month, included.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>A sector: its key (« cinema ») or a French label (« cinéma »).</summary>
    [FromQuery(Name = "sector")] public string? Sector { get; init; }

    /// <summary>Articles' language: none for French only (the statistics' scope), « all » for every language, or a code (« en »).</summary>
    [FromQuery(Name = "lang")] public string? Lang { get; init; }

    public async Task<FilterResolution> ResolveAsync(OrganizationQueries organizations, CancellationToken ct)
    {
        var filter = new TrackerFilter(Blank(Org), Blank(From), Blank(To), Blank(Sector), Blank(Lang));
        if (filter.Org is not { } org) return new FilterResolution(filter, null, false);
        var slug = await organizations.ResolveAsync(org, ct);
        return slug is null
            ? new FilterResolution(filter with { Org = null }, org, false)
            : new FilterResolution(filter with { Org = slug }, null, slug != org);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// A resolved filter. <see cref="UnknownOrganization"/> is the company text that matched nothing (and was
/// dropped from <see cref="Filter"/>); <see cref="Renamed"/> says the company was given by another name than its slug.
/// </summary>
public sealed record FilterResolution(TrackerFilter Filter, string? UnknownOrganization, bool Renamed);
