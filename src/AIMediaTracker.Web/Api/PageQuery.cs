using Microsoft.AspNetCore.Mvc;

namespace AIMediaTracker.Web.Api;

/// <summary>Which page of a list: <c>?page=2&amp;pageSize=100</c>, the same two parameters on every list.</summary>
public sealed class PageQuery
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    /// <summary>The page, from 1.</summary>
    [FromQuery(Name = "page")] public int? Page { get; init; }

    /// <summary>Items per page: 50 unless given, 1000 at most.</summary>
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public int Number => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? DefaultSize, 1, MaxSize);
}
