using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages;

public sealed class IndexModel(ArticleQueries queries) : PageModel
{
    public Paged<ArticleListItem> Articles { get; private set; } = new([], 1, 20, 0);

    public async Task OnGetAsync([FromQuery] int page, CancellationToken ct) =>
        Articles = await queries.ListAsync(page, 20, ct);
}
