namespace AIMediaTracker.Web.Pages;

public sealed record PagerModel(int Page, int PageCount, string Path)
{
    public string Href(int page) => $"{Path}?page={page}";
}
