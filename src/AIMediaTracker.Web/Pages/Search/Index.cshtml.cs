using System.Text.Encodings.Web;
using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Search;

public sealed class IndexModel(SearchQueries search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<SearchHit>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Query)) Results = await search.SearchAsync(Query, PageNumber, 20, ct);
    }

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The snippet encoded as text, then only the match markers turned into &lt;mark&gt;.</summary>
    public static IHtmlContent Highlight(string snippet) => new HtmlString(
        Encoder.Encode(snippet).Replace(Encoder.Encode(SearchQueries.MarkStart.ToString()), "<mark>")
            .Replace(Encoder.Encode(SearchQueries.MarkEnd.ToString()), "</mark>"));
}
