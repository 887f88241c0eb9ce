using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AIMediaTracker.Web.Pages.Admin;

/// <summary>
/// The correction forms shown to operators on entity and article pages post here; each handler
/// applies one correction and goes back to the page it came from, with a status line.
/// </summary>
[EnableRateLimiting(OperatorPolicy.WriteLimit)]
public sealed class CorrectModel(EntityCorrections entities, FigureCorrections figures, ClaimCorrections claims, ILogger<CorrectModel> log) : PageModel
{
    [TempData] public string? Status { get; set; }

    public IActionResult OnGet() => Redirect("/admin");

    public Task<IActionResult> OnPostMergeOrganizationAsync(string slug, string into, CancellationToken ct) =>
        ApplyAsync($"/organisations/{Uri.EscapeDataString(slug)}", async () =>
        {
            var survivor = await entities.MergeOrganizationsAsync(slug, Slugged(into), User.OperatorName(), ct);
            return ($"/organisations/{Uri.EscapeDataString(survivor.Slug)}", "Organisations fusionnées.");
        });

    public Task<IActionResult> OnPostRenameOrganizationAsync(string slug, string name, CancellationToken ct) =>
        ApplyAsync($"/organisations/{Uri.EscapeDataString(slug)}", async () =>
        {
            await entities.RenameOrganizationAsync(slug, name, User.OperatorName(), ct);
            return ($"/organisations/{Uri.EscapeDataString(slug)}", "Organisation renommée.");
        });

    public Task<IActionResult> OnPostMergePersonAsync(string slug, string into, CancellationToken ct) =>
        ApplyAsync($"/personnes/{Uri.EscapeDataString(slug)}", async () =>
        {
            var survivor = await entities.MergePeopleAsync(slug, Slugged(into), User.OperatorName(), ct);
            return ($"/personnes/{Uri.EscapeDataString(survivor.Slug)}", "Personnes fusionnées.");
        });

    public Task<IActionResult> OnPostRenamePersonAsync(string slug, string name, CancellationToken ct) =>
        ApplyAsync($"/personnes/{Uri.EscapeDataString(slug)}", async () =>
        {
            await entities.RenamePersonAsync(slug, name, User.OperatorName(), ct);
            return ($"/personnes/{Uri.EscapeDataString(slug)}", "Personne renommée.");
        });

    public Task<IActionResult> OnPostRejectFigureAsync(long id, int article, CancellationToken ct) =>
        ApplyAsync($"/articles/{article}", async () =>
        {
            await figures.RejectAsync(id, User.OperatorName(), ct);
            return ($"/articles/{article}", "Chiffre marqué comme faux : il n'apparaît plus dans les statistiques.");
        });

    public Task<IActionResult> OnPostFigureKindAsync(long id, int article, string kind, CancellationToken ct) =>
        ApplyAsync($"/articles/{article}", async () =>
        {
            await figures.SetKindAsync(id, kind, User.OperatorName(), ct);
            return ($"/articles/{article}", "Type du chiffre corrigé.");
        });

    /// <summary>The form sends all three fields: an emptied attribution or subject is removed.</summary>
    public Task<IActionResult> OnPostFigureClaimAsync(long id, int article, string? basis, string? attribution, string? subject, CancellationToken ct) =>
        ApplyAsync($"/articles/{article}", async () =>
        {
            await figures.SetClaimAsync(id, new ClaimEdit(basis, attribution ?? "", subject ?? ""), User.OperatorName(), ct);
            return ($"/articles/{article}", "Chiffre mis à jour.");
        });

    public Task<IActionResult> OnPostRestoreFigureAsync(int correction, int article, CancellationToken ct) =>
        ApplyAsync($"/articles/{article}", async () =>
        {
            await figures.RestoreAsync(correction, User.OperatorName(), ct);
            return ($"/articles/{article}", "Chiffre rétabli.");
        });

    public Task<IActionResult> OnPostClaimGradeAsync(long id, string? grade, CancellationToken ct) =>
        ApplyAsync($"/chiffres/{id}", async () =>
        {
            await claims.SetGradeAsync(id, grade ?? "", User.OperatorName(), ct);
            return ($"/chiffres/{id}", "Lien avec l'IA corrigé.");
        });

    private async Task<IActionResult> ApplyAsync(string failurePage, Func<Task<(string Page, string Message)>> correction)
    {
        try
        {
            var (page, message) = await correction();
            log.LogInformation("Operator {Operator}: {Correction}", User.OperatorName(), message);
            Status = Localization.Translator.Of(message);
            return LocalRedirect(page);
        }
        catch (CorrectionException e)
        {
            Status = e.Message;
            return LocalRedirect(failurePage);
        }
    }

    // The form accepts the target's address or its slug: "/organisations/openai" and "openai" both work.
    private static string Slugged(string? target) =>
        (target ?? "").Trim().TrimEnd('/').Split('/').Last();
}
