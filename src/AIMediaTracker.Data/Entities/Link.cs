namespace AIMediaTracker.Data.Entities;

public sealed class Link
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Url { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }
}
