using System.Buffers;

namespace AIMediaTracker.Core.Text;

/// <summary>Vectorised jumps to the next character of a set: the loops that visit only the characters they act on.</summary>
internal static class CharacterSearch
{
    /// <summary>The first index at or after <paramref name="from"/> holding one of <paramref name="values"/>, or -1.</summary>
    public static int NextIndexOfAny(ReadOnlySpan<char> text, int from, SearchValues<char> values)
    {
        if (from >= text.Length) return -1;
        var at = text[from..].IndexOfAny(values);
        return at < 0 ? -1 : from + at;
    }
}
