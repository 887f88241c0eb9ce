using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>
/// One page of a list: its items, which page it is (from 1), how many items a page holds, how many
/// items the whole list has and how many pages that makes. Every list of the API answers this way.
/// </summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount)
{
    public static ApiPage<T> Of<TRow>(Paged<TRow> rows, Func<TRow, T> item) =>
        new(rows.Items.Select(item).ToList(), rows.Page, rows.PageSize, rows.Total, rows.PageCount);

    /// <summary>A page of a list held in memory.</summary>
    public static ApiPage<T> Of<TRow>(IReadOnlyList<TRow> all, PageQuery paging, Func<TRow, T> item) =>
        Of(new Paged<TRow>(all.Skip((paging.Number - 1) * paging.Size).Take(paging.Size).ToList(), paging.Number, paging.Size, all.Count), item);
}
