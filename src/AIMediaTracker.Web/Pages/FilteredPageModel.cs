using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages;

/// <summary>
/// A screen filtered by the query string. A company typed by any alias ("l'OpenAI", "open ai",
/// "Société Générale" without accents) is redirected to its canonical slug, so shared links stay stable.
/// </summary>
public abstract class FilteredPageModel(OrganizationQueries organizations, DashboardQueries dashboard) : PageModel
{
    protected DashboardQueries Dashboard => dashboard;

    [BindProperty(SupportsGet = true, Name = "org")] public string? Org { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "sector")] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true, Name = "lang")] public string? Lang { get; set; }

    public TrackerFilter Filter { get; private set; } = TrackerFilter.None;

    public FilterModel FilterBar { get; private set; } = null!;

    /// <summary>Null when the page can render; otherwise a redirect to the canonical filter, or a 404.</summary>
    protected async Task<IActionResult?> ResolveFilterAsync(string action, CancellationToken ct)
    {
        Filter = new TrackerFilter(Blank(Org), Blank(From), Blank(To), Blank(Sector), Blank(Lang));
        if (Filter.Org is { } org)
        {
            var slug = await organizations.ResolveAsync(org, ct);
            if (slug is null)
            {
                Unknown = org;
                Filter = Filter with { Org = null };
            }
            else if (slug != org)
            {
                return Redirect(action + (Filter with { Org = slug }).QueryWith());
            }
        }
        FilterBar = new FilterModel(action, Filter, await organizations.OptionsAsync(ct), await dashboard.SectorsAsync(ct));
        return null;
    }

    /// <summary>A company name that matched nothing, shown instead of silently ignoring it.</summary>
    public string? Unknown { get; private set; }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
