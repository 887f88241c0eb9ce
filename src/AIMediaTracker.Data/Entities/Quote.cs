namespace AIMediaTracker.Data.Entities;

public sealed class Quote
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public string? Speaker { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
