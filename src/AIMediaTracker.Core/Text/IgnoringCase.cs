using System.Buffers;
using System.Collections.Concurrent;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// Ordinal case-insensitive comparisons, as <see cref="StringComparison.OrdinalIgnoreCase"/> makes
/// them, for the searches that run on every article: the framework's own search slows down on
/// text holding accents, and a fixed list of phrases can be narrowed before comparing.
/// </summary>
public static class IgnoringCase
{
    /// <summary>Every character equal to <paramref name="c"/> when case is ignored ('e' and 'E'; 's', 'S' and the long s).</summary>
    public static char[] Variants(char c) => VariantsOf.GetOrAdd(c, static c =>
    {
        var variants = new List<char>();
        for (var d = char.MinValue; d < char.MaxValue; d++)
            if (MemoryExtensions.Equals([d], [c], StringComparison.OrdinalIgnoreCase)) variants.Add(d);
        return [.. variants];
    });

    // Each search is over every character, and the same letters come back from phrase to phrase.
    private static readonly ConcurrentDictionary<char, char[]> VariantsOf = new();

    /// <summary>
    /// A word of two letters or more, found ignoring case: a vectorised search stops at the
    /// variants of its first letter, and the word is compared there only when the next letter fits.
    /// </summary>
    public sealed class Word
    {
        public Word(string value)
        {
            if (value.Length < 2) throw new ArgumentException("A word has two letters or more.", nameof(value));
            Value = value;
            First = SearchValues.Create(Variants(value[0]));
            second = SearchValues.Create(Variants(value[1]));
        }

        public string Value { get; }

        internal SearchValues<char> First { get; }

        private readonly SearchValues<char> second;

        /// <summary>Whether the word starts at <paramref name="at"/>, as StartsWith ignoring case says.</summary>
        public bool StartsAt(ReadOnlySpan<char> text, int at) =>
            at + 1 < text.Length && First.Contains(text[at]) && second.Contains(text[at + 1])
            && text[at..].StartsWith(Value, StringComparison.OrdinalIgnoreCase);

        /// <summary>Where the word first stands in <paramref name="text"/>, as IndexOf ignoring case finds it.</summary>
        public int IndexOf(ReadOnlySpan<char> text)
        {
            for (var at = text.IndexOfAny(First); at >= 0 && at <= text.Length - Value.Length; at = CharacterSearch.NextIndexOfAny(text, at + 1, First))
                if (StartsAt(text, at)) return at;
            return -1;
        }
    }

    /// <summary>
    /// Finds every place where one of a few words starts: what a repeated IndexOf ignoring case
    /// of each word would find, each place once.
    /// </summary>
    public sealed class Finder
    {
        private readonly Word[] words;
        private readonly SearchValues<char> firsts;

        public Finder(params string[] words)
        {
            this.words = [.. words.Select(w => new Word(w))];
            firsts = SearchValues.Create(words.SelectMany(w => Variants(w[0])).Distinct().ToArray());
        }

        public List<int> FindAll(string text)
        {
            var found = new List<int>();
            var span = text.AsSpan();
            for (var i = span.IndexOfAny(firsts); i >= 0; i = CharacterSearch.NextIndexOfAny(span, i + 1, firsts))
            {
                foreach (var word in words)
                    if (word.StartsAt(span, i)) { found.Add(i); break; }
            }
            return found;
        }
    }
}
