namespace AIMediaTracker.Core.Model;

/// <summary>A half-open character range [Start, End) into an article's text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
}
