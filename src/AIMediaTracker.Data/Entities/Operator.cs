namespace AIMediaTracker.Data.Entities;

/// <summary>Someone allowed to change data: import, manage feeds, re-extract, correct.</summary>
public sealed class Operator
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The framework's password hash (PBKDF2 with salt and iteration count inside).</summary>
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ApiKey> ApiKeys { get; set; } = [];
}

/// <summary>
/// A key for the write API. Only its SHA-256 is stored: the key itself is shown once, when created.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public int OperatorId { get; set; }
    public Operator? Operator { get; set; }
    public required string Label { get; set; }
    /// <summary>The first characters of the key, so an operator can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
