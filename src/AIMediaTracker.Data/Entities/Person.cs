namespace AIMediaTracker.Data.Entities;

public sealed class Person
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Role { get; set; }
    public string? Handle { get; set; }

    /// <summary>Counted articles (originals in French) that name them, kept at write time: see CoverageCounts.</summary>
    public int ArticleCount { get; set; }
}
