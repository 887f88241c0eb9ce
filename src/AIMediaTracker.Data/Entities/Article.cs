namespace AIMediaTracker.Data.Entities;

/// <summary>
/// One stored article. <see cref="Text"/> is the full text the extractor read (title line, then
/// body); every offset in the record tables points into it.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? Url { get; set; }
    public string? CanonicalUrl { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Outlet { get; set; }
    public DateOnly? PublishedAt { get; set; }
    public string? Language { get; set; }
    public required string Text { get; set; }
    public required string ContentHash { get; set; }
    public long SimHash { get; set; }
    public int? DuplicateOfId { get; set; }
    public Article? DuplicateOf { get; set; }
    public int ExtractorVersion { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public DateTimeOffset ExtractedAt { get; set; }

    public List<Mention> Mentions { get; set; } = [];
    public List<Figure> Figures { get; set; } = [];
    public List<DateMention> Dates { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Link> Links { get; set; } = [];
}
