using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Ner;

/// <summary>A name the tagger found: PER, ORG or LOC, with how far its first word's label won by.</summary>
public readonly record struct NerEntity(Span Span, string Type, float Margin);
