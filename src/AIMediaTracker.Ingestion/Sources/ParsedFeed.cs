namespace AIMediaTracker.Ingestion.Sources;

/// <summary>An RSS or Atom feed, reduced to what ingestion needs.</summary>
public sealed record ParsedFeed(string Title, Uri? SiteUrl, IReadOnlyList<FeedItem> Items);
