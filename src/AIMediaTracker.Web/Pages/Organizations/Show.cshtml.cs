using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Organizations;

public sealed class ShowModel(OrganizationQueries queries, CorrectionQueries corrections) : PageModel
{
    public OrganizationPage Organization { get; private set; } = null!;
    public List<AIMediaTracker.Data.Entities.Correction> Corrections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var org = await queries.BySlugAsync(slug, ct);
        if (org is null)
        {
            // A merged organisation's old address (bookmarks, shared links) leads to the survivor.
            var survivor = await corrections.OrganizationMergedIntoAsync(slug, ct);
            return survivor is null ? NotFound() : RedirectPermanent($"/organisations/{Uri.EscapeDataString(survivor)}");
        }
        Organization = org;
        Corrections = await corrections.ForAsync(CorrectionQueries.Organization, org.Id, ct);
        return Page();
    }

    public EntityCorrectionForms CorrectionForms => new("Organization", Organization.Slug, Organization.Name, "/organisations/openai");

    public BarChart MentionsOverTime => new("org-months", "Articles qui la citent, par mois",
        Organization.MentionsByMonth.Select(p => new Bar(Format.ShortMonth(p.Start), p.Count, p.Count.ToString(),
            "/" + new TrackerFilter(Organization.Slug, TrackerFilter.MonthOf(p.Start), TrackerFilter.MonthOf(p.Start)).QueryWith())).ToList(),
        "Aucun article daté ne la cite.");
}
