namespace AIMediaTracker.Data.Entities;

public sealed class Product
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
