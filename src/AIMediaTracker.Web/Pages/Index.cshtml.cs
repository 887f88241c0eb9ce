using AIMediaTracker.Core.Claims;
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

    /// <summary>Keeps the reported cuts of one grade of their tie to AI ("explicit", "attributed", "unclear").</summary>
    [BindProperty(SupportsGet = true, Name = "grade")] public string? Grade { get; set; }

    private const int ArticlesShown = 20;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveFilterAsync("/", ct) is { } redirect) return redirect;
        if (AiLinkGrader.Parse(Grade) is null) Grade = null;
        View = await Dashboard.GetAsync(Filter, Grade, ct);
        // The dashboard counted these articles already (kept until the data changes): counting them again
        // cost every request to / a read of the whole article index, 6–9 ms at 100 000 articles.
        Articles = await articles.ListAsync(Filter, PageNumber, ArticlesShown, View.Counts.Articles, ct);
        return Page();
    }

    public string OrgName => FilterBar.Organizations.FirstOrDefault(o => o.Slug == Filter.Org)?.Name ?? Filter.Org ?? "";

    /// <summary>The dashboard's address with the filters and a grade.</summary>
    public string WithGrade(string? grade) => "/" + Filter.QueryWith() + (grade is null ? "" : (Filter.IsEmpty ? "?" : "&") + "grade=" + grade);

    /// <summary>The filters narrowed to the month holding <paramref name="day"/>: where a bar of a chart leads.</summary>
    private TrackerFilter MonthFilter(DateOnly day) => Filter with { From = TrackerFilter.MonthOf(day), To = TrackerFilter.MonthOf(day) };

    private string GradeQuery => Grade is null ? "" : (Filter.IsEmpty ? "?" : "&") + "grade=" + Grade;

    public BarChart CutsByMonth => new("cuts-month", "Suppressions d'emplois constatées, par mois de première citation",
        View.JobsByMonth.Where(m => m.CutClaims > 0).Select(m => new Bar(Format.ShortMonth(m.Month), m.Cuts, $"{FigureLabels.Number(m.Cuts)} ({m.CutClaims})",
            "/" + MonthFilter(m.Month).QueryWith() + GradeQuery + "#suppressions")).ToList(),
        "Aucune suppression d'emplois constatée pour ces filtres.",
        Undated(View.Jobs.Cuts, View.JobsByMonth.Sum(m => m.Cuts), View.JobsByMonth.Sum(m => m.CutClaims)));

    public BarChart CreatedByMonth => new("created-month", "Créations d'emplois constatées, par mois",
        View.JobsByMonth.Where(m => m.CreatedClaims > 0).Select(m => new Bar(Format.ShortMonth(m.Month), m.Created, $"{FigureLabels.Number(m.Created)} ({m.CreatedClaims})",
            "/" + MonthFilter(m.Month).QueryWith())).ToList(),
        "Aucune création d'emplois constatée pour ces filtres.",
        Undated(View.Jobs.Created, View.JobsByMonth.Sum(m => m.Created), View.JobsByMonth.Sum(m => m.CreatedClaims)));

    // Claims whose articles all lack a date have no month: the headline counts them, no bar shows them.
    private static string? Undated(ClaimTotal total, double inMonths, int claimsInMonths) =>
        total.Claims - claimsInMonths is var claims and > 0
            ? string.Format(Localization.Translator.Culture, Localization.Translator.Of("Sans date de publication : {0} ({1}), comptés dans le total mais dans aucun mois."),
                FigureLabels.Number(total.Jobs - inMonths), claims)
            : null;

    public BarChart CutsByCompany => new("cuts-company", "Suppressions constatées, par entreprise",
        View.CutsByCompany.Select(c => new Bar(c.Name.Length == 0 ? Localization.Translator.Of("non précisé") : c.Name, c.Cuts,
            $"{FigureLabels.Number(c.Cuts)} ({c.Claims})",
            c.Slug is null ? "/" + Filter.QueryWith() + "#suppressions" : "/" + (Filter with { Org = c.Slug }).QueryWith() + GradeQuery + "#suppressions")).ToList(),
        "Aucune entreprise pour ces filtres.");

    public BarChart Coverage => new("coverage", "Couverture : articles par semaine",
        View.WeeklyCoverage.Select(p => new Bar(Format.ShortDate(p.Start), p.Count, p.Count.ToString(),
            "/" + MonthFilter(p.Start).QueryWith())).ToList(),
        "Aucun article daté pour ces filtres.");

    public BarChart TopOrganizations => new("orgs", "Organisations les plus citées (articles qui la citent)",
        View.TopOrganizations.Select(p => new Bar(p.Label, p.Count, p.Count.ToString(), "/" + (Filter with { Org = p.Key }).QueryWith())).ToList(),
        "Aucune organisation pour ces filtres.");

    public BarChart ByYear => new("years", "Affirmations chiffrées par année d'horizon",
        View.ClaimsByYear.Select(p => new Bar(p.Label, p.Count, p.Count.ToString(), $"/chronologie{(Filter with { From = p.Key + "-01", To = p.Key + "-12" }).QueryWith()}")).ToList(),
        "Aucun chiffre avec une année d'horizon.");
}
