using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Pages.Timeline;

public sealed class IndexModel(OrganizationQueries organizations, DashboardQueries dashboard, TimelineQueries timeline)
    : FilteredPageModel(organizations, dashboard)
{
    public Paged<TimelineEvent> Events { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveFilterAsync("/chronologie", ct) is { } redirect) return redirect;
        Events = await timeline.GetAsync(Filter, PageNumber, 100, ct);
        return Page();
    }

    public static string When(TimelineEvent e) => e.Iso.Length switch
    {
        4 => e.Iso,
        7 => Format.Month(e.Day),
        _ => Format.Date(e.Day),
    };
}
