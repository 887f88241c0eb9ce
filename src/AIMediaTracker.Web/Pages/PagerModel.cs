namespace AIMediaTracker.Web.Pages;

/// <summary>Previous/next links that keep the rest of the query string.</summary>
public sealed record PagerModel(int Page, int PageCount, string Path)
{
    public string Href(int page) => $"{Path}{(Path.Contains('?') ? '&' : '?')}page={page}";
}
