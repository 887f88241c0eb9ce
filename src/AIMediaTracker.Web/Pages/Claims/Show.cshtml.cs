using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Claims;

/// <summary>/chiffres/{id}: one claim, every article that cites it with its sentence, and its variants.</summary>
public sealed class ShowModel(ClaimQueries queries, CorrectionQueries corrections) : PageModel
{
    public ClaimPage Claim { get; private set; } = null!;
    public List<AIMediaTracker.Data.Entities.Correction> Corrections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var claim = await queries.ByIdAsync(id, ct);
        if (claim is null) return NotFound();
        Claim = claim;
        Corrections = await corrections.ForAsync(CorrectionQueries.Claim, id, ct);
        return Page();
    }
}
