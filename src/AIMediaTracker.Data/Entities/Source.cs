namespace AIMediaTracker.Data.Entities;

public enum SourceKind
{
    Files,
    Site,
    Feed,
}

/// <summary>Where articles come from: a folder of files, a web site or a feed that is polled.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public SourceKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public string? LastError { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public List<Article> Articles { get; set; } = [];
}
