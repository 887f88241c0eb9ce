namespace AIMediaTracker.Core.Extraction;

/// <summary>One curated AI model or product and the organisation that makes it.</summary>
public sealed record ProductEntry(string Name, string? Organization, IReadOnlyList<string> Aliases);
