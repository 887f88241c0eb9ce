namespace AIMediaTracker.Data.Entities;

/// <summary>Where an organisation, person or product is named: exactly one of the three ids is set.</summary>
public sealed class Mention
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? ProductId { get; set; }
    public Product? Product { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
}
