using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>The line in which an article dates itself ("Publié le 12 janvier 2024 à 09h10") and the date it gives.</summary>
public sealed record PublicationStamp(DateOnly Date, Span Span);
