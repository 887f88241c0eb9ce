using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Articles;

public sealed class ShowModel(ArticleQueries queries) : PageModel
{
    public ArticlePage? Article { get; private set; }

    /// <summary>The body without its first line, which is the title.</summary>
    public IEnumerable<string> Paragraphs => Article!.Text.Split('\n').Skip(1).Where(p => p.Trim().Length > 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Article = await queries.ByIdAsync(id, ct);
        return Article is null ? NotFound() : Page();
    }
}
