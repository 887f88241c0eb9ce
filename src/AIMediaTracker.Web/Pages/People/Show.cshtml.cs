using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.People;

public sealed class ShowModel(EntityQueries queries, CorrectionQueries corrections) : PageModel
{
    public PersonPage Person { get; private set; } = null!;
    public List<AIMediaTracker.Data.Entities.Correction> Corrections { get; private set; } = [];

    public EntityCorrectionForms CorrectionForms => new("Person", Person.Slug, Person.Name, "/personnes/sam-altman");

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var person = await queries.PersonAsync(slug, ct);
        if (person is null)
        {
            // A merged person's old address leads to the survivor.
            var survivor = await corrections.PersonMergedIntoAsync(slug, ct);
            return survivor is null ? NotFound() : RedirectPermanent($"/personnes/{Uri.EscapeDataString(survivor)}");
        }
        Person = person;
        Corrections = await corrections.ForAsync(CorrectionQueries.Person, person.Id, ct);
        return Page();
    }
}
