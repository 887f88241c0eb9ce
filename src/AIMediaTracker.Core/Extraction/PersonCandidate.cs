using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>A name found in the text, before mentions are merged into people.</summary>
/// <param name="Confirmed">False when only a later "M. Surname" could show that this is a person.</param>
public sealed record PersonCandidate(Span Span, string Name, string Surname, string? Role, string? Handle, bool Confirmed);
