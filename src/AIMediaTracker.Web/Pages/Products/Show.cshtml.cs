using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Products;

public sealed class ShowModel(EntityQueries queries) : PageModel
{
    public ProductPage Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var product = await queries.ProductAsync(slug, ct);
        if (product is null) return NotFound();
        Product = product;
        return Page();
    }
}
