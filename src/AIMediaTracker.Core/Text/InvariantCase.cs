namespace AIMediaTracker.Core.Text;

/// <summary>
/// Lower-casing exactly as <see cref="char.ToLowerInvariant"/> does, read from a table for the Latin
/// letters French text is written in: the framework asks ICU for every accented letter one at a
/// time, which cost the tagger's features a tenth of extraction.
/// </summary>
public static class InvariantCase
{
    // Basic Latin, Latin-1, Latin Extended-A and B: every letter of French, and of most names it quotes.
    private static readonly char[] Lower = [.. Enumerable.Range(0, 0x250).Select(c => char.ToLowerInvariant((char)c))];

    public static char ToLower(char c) => c < Lower.Length ? Lower[c] : char.ToLowerInvariant(c);

    /// <summary>Writes <paramref name="source"/> lower-cased into <paramref name="destination"/>, which is at least as long.</summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++) destination[i] = ToLower(source[i]);
    }
}
