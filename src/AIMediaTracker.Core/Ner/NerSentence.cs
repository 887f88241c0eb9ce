using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Ner;

/// <summary>A training sentence: its tokens inside <see cref="Text"/> and one gold label per token.</summary>
public sealed record NerSentence(string Text, List<NerToken> Tokens, int[] Labels, IReadOnlyList<Span> KnownOrganizations);
