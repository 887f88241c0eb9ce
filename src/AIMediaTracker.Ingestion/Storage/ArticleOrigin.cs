namespace AIMediaTracker.Ingestion.Storage;

/// <summary>Where an article was read from: a file path or a URL, and the source it belongs to.</summary>
public sealed record ArticleOrigin(string Location, string? Url = null, int? SourceId = null, string? Outlet = null);
