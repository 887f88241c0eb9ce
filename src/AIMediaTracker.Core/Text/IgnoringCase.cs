using System.Buffers;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// Ordinal case-insensitive comparisons, as <see cref="StringComparison.OrdinalIgnoreCase"/> makes
/// them, for the searches that run on every article: the framework's own search slows down on
/// text holding accents, and a fixed list of phrases can be narrowed before comparing.
/// </summary>
public static class IgnoringCase
{
    /// <summary>Every character equal to <paramref name="c"/> when case is ignored ('e' and 'E'; 's', 'S' and the long s).</summary>
    public static char[] Variants(char c)
    {
        var variants = new List<char>();
        for (var d = char.MinValue; d < char.MaxValue; d++)
            if (MemoryExtensions.Equals([d], [c], StringComparison.OrdinalIgnoreCase)) variants.Add(d);
        return [.. variants];
    }

    /// <summary>
    /// Where <paramref name="value"/> first stands in <paramref name="text"/> when case is ignored,
    /// as IndexOf with <see cref="StringComparison.OrdinalIgnoreCase"/> finds it; <paramref name="firstCharacters"/>
    /// are the variants of its first character (<see cref="FirstCharacters"/>).
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, string value, SearchValues<char> firstCharacters)
    {
        for (var from = 0; from <= text.Length - value.Length;)
        {
            var at = text[from..].IndexOfAny(firstCharacters);
            if (at < 0) return -1;
            from += at;
            if (text[from..].StartsWith(value, StringComparison.OrdinalIgnoreCase)) return from;
            from++;
        }
        return -1;
    }

    /// <summary>
    /// Every place where one of <paramref name="words"/> starts in <paramref name="text"/>, in
    /// order and overlaps included: what a repeated IndexOf of each word would find.
    /// </summary>
    public static List<int> FindAll(string text, string[] words, SearchValues<char> firstCharacters)
    {
        var found = new List<int>();
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(firstCharacters); i >= 0;)
        {
            for (var k = 0; k < words.Length; k++)
                if (span[i..].StartsWith(words[k], StringComparison.OrdinalIgnoreCase)) { found.Add(i); break; }
            var next = span[(i + 1)..].IndexOfAny(firstCharacters);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return found;
    }

    /// <summary>The characters any of <paramref name="words"/> may start with, for <see cref="FindAll"/>.</summary>
    public static SearchValues<char> FirstCharacters(IEnumerable<string> words) =>
        SearchValues.Create(words.SelectMany(w => Variants(w[0])).Distinct().ToArray());
}
