using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages;

/// <summary>
/// A screen filtered by the query string, read by <see cref="FilterQuery"/> as the API and the exports read it.
/// A company typed by any alias is redirected to its canonical slug, so shared links stay stable; one that
/// matches nothing is named on the page (<see cref="Unknown"/>) and the rest of the filter applies.
/// </summary>
public abstract class FilteredPageModel(OrganizationQueries organizations, DashboardQueries dashboard) : PageModel
{
    protected DashboardQueries Dashboard => dashboard;

    /// <summary>The query string's filters, bound by the same names as in the API and the exports.</summary>
    [BindProperty(SupportsGet = true, Name = "")] public FilterQuery Query { get; set; } = new();

    public TrackerFilter Filter { get; private set; } = TrackerFilter.None;

    public FilterModel FilterBar { get; private set; } = null!;

    /// <summary>Null when the page can render; otherwise a redirect to the canonical filter, or a 404.</summary>
    protected async Task<IActionResult?> ResolveFilterAsync(string action, CancellationToken ct)
    {
        var resolved = await Query.ResolveAsync(organizations, ct);
        if (resolved.Renamed) return Redirect(action + resolved.Filter.QueryWith());
        Filter = resolved.Filter;
        Unknown = resolved.UnknownOrganization;
        FilterBar = new FilterModel(action, Filter, await organizations.OptionsAsync(ct), await dashboard.SectorsAsync(ct));
        return null;
    }

    /// <summary>A company name that matched nothing, shown instead of silently ignoring it.</summary>
    public string? Unknown { get; private set; }
}
