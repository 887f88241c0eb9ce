using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.People;

public sealed class ShowModel(EntityQueries queries) : PageModel
{
    public PersonPage Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var person = await queries.PersonAsync(slug, ct);
        if (person is null) return NotFound();
        Person = person;
        return Page();
    }
}
