namespace AIMediaTracker.Ingestion.Sources;

/// <summary>One entry of a feed: the article's absolute http(s) link and what the feed says about it.</summary>
public sealed record FeedItem(Uri Link, string Title, DateTimeOffset? PublishedAt, string? Summary, string? Id = null);
