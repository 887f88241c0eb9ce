using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Charts;
using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Pages;

public sealed class IndexModel(OrganizationQueries organizations, DashboardQueries queries, ArticleQueries articles)
    : FilteredPageModel(organizations, queries)
{
    public DashboardView View { get; private set; } = null!;

    public Paged<ArticleListItem> Articles { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveFilterAsync("/", ct) is { } redirect) return redirect;
        View = await Dashboard.GetAsync(Filter, ct);
        Articles = await articles.ListAsync(Filter, PageNumber, 20, ct);
        return Page();
    }

    public string OrgName => FilterBar.Organizations.FirstOrDefault(o => o.Slug == Filter.Org)?.Name ?? Filter.Org ?? "";

    public BarChart Coverage => new("coverage", "Couverture : articles par semaine",
        View.WeeklyCoverage.Select(p => new Bar(p.Label, p.Count, p.Count.ToString(), "/" + (Filter with { From = p.Key, To = p.Key }).QueryWith())).ToList(),
        "Aucun article daté pour ces filtres.");

    public BarChart TopOrganizations => new("orgs", "Organisations les plus citées (articles)",
        View.TopOrganizations.Select(p => new Bar(p.Label, p.Count, p.Count.ToString(), "/" + (Filter with { Org = p.Key }).QueryWith())).ToList(),
        "Aucune organisation pour ces filtres.");

    public BarChart JobsBySector => new("jobs", "Emplois supprimés, menacés ou touchés, par secteur",
        View.JobsBySector.Take(12).Select(s => new Bar(
            $"{(s.Sector.Length == 0 ? Localization.Translator.Of("Secteur non précisé") : s.Sector)} · {FigureLabels.Kind(s.Kind).ToLowerInvariant()}",
            s.Total, FigureLabels.Number(s.Total),
            s.Sector.Length == 0 ? "/" + Filter.QueryWith() + "#affirmations" : "/" + (Filter with { Sector = s.Sector }).QueryWith())).ToList(),
        "Aucun chiffre d'emplois pour ces filtres.");

    public BarChart ByYear => new("years", "Chiffres par année d'horizon",
        View.ClaimsByYear.Select(p => new Bar(p.Label, p.Count, p.Count.ToString(), $"/chronologie{(Filter with { From = p.Key + "-01", To = p.Key + "-12" }).QueryWith()}")).ToList(),
        "Aucun chiffre avec une année d'horizon.");
}
