using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Articles;

public sealed class ShowModel(ArticleQueries queries, CorrectionQueries corrections) : PageModel
{
    public ArticleDetail Detail { get; private set; } = null!;
    public List<AIMediaTracker.Data.Entities.Correction> Corrections { get; private set; } = [];
    public List<RejectedFigure> Rejected { get; private set; } = [];

    public ArticlePage Article => Detail.Article;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        Corrections = await corrections.ForAsync(CorrectionQueries.Figure, id, ct);
        Rejected = await corrections.RejectedFiguresAsync(id, ct);
        return Page();
    }

    public string SentenceOf(FigureLine f) => Article.Text[f.SentenceStart..f.SentenceEnd];

    public string SpanOf(FigureLine f) => Article.Text[f.Start..f.End];

    /// <summary>A figure's attribution or subject: a link to its page when the tracker knows it, else the name.</summary>
    public static IHtmlContent Named(string name, EntityLink? link)
    {
        var text = ArticleTextRenderer.Encoder.Encode(name);
        return new HtmlString(link is null ? text : $"<a href=\"{ArticleTextRenderer.Encoder.Encode(ArticleTextRenderer.Href(link))}\">{text}</a>");
    }

    /// <summary>Only web links are clickable; anything else an article holds is shown as text.</summary>
    public static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";
}
