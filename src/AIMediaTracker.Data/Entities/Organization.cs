namespace AIMediaTracker.Data.Entities;

public sealed class Organization
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string Kind { get; set; }

    /// <summary>Counted articles (originals in French) that name it, kept at write time: see CoverageCounts.</summary>
    public int ArticleCount { get; set; }

    public List<OrganizationAlias> Aliases { get; set; } = [];
}

/// <summary>A surface form of an organisation; <see cref="Key"/> is folded (no case, no accents) for lookup.</summary>
public sealed class OrganizationAlias
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Alias { get; set; }
    public required string Key { get; set; }
}
