using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds the same matches as a costly pattern scanning the whole text, but only tries it
/// near the occurrences of a cheap anchor that every match holds. <see cref="atStart"/>
/// is the pattern wrapped in <c>\G(?:...)</c>, with the same options, and every match
/// must start at most <see cref="wordsBefore"/> whitespace-separated words before the
/// position where the anchor matches inside it, on a letter or digit that no letter
/// precedes (the patterns open with such a lookbehind). Lookbehinds still read the whole text.
/// </summary>
internal sealed class AnchoredSearch
{
    private readonly Func<string, int, int> nextAnchor;
    private readonly Regex atStart;
    private readonly int wordsBefore;

    /// <summary>Anchored on a pattern, which must match wherever it stands inside a match.</summary>
    public AnchoredSearch(Regex anchor, Regex atStart, int wordsBefore)
        : this((text, from) => anchor.Match(text, from) is { Success: true } m ? m.Index : -1, atStart, wordsBefore)
    {
    }

    /// <summary>
    /// Anchored on words, for a case-sensitive pattern: <paramref name="alternatives"/> is the
    /// alternation that every match holds, as written in the pattern, and the search looks for
    /// the literal start of each of its branches at once.
    /// </summary>
    public AnchoredSearch(string alternatives, Regex atStart, int wordsBefore)
        : this(NextLiteral(LiteralPrefixes(alternatives)), atStart, wordsBefore)
    {
    }

    /// <summary>
    /// Anchored on words, for a pattern that ignores case: every match holds one of
    /// <paramref name="lowercasePrefixes"/> (at least two characters each) in any case. The search
    /// may stop at more places than the pattern's own case folding would, never at fewer.
    /// </summary>
    public static AnchoredSearch IgnoringCase(string[] lowercasePrefixes, Regex atStart, int wordsBefore) =>
        new(NextFoldedLiteral(lowercasePrefixes), atStart, wordsBefore);

    private AnchoredSearch(Func<string, int, int> nextAnchor, Regex atStart, int wordsBefore)
    {
        this.nextAnchor = nextAnchor;
        this.atStart = atStart;
        this.wordsBefore = wordsBefore;
    }

    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        // No match starts in [previous match end, from): the scan's invariant.
        var from = 0;
        while (from <= text.Length)
        {
            var anchor = nextAnchor(text, from);
            if (anchor < 0) break;
            // A match holding a later anchor starts no earlier than this bound, so trying
            // each start up to this anchor, left to right, finds the leftmost match.
            Match? hit = null;
            for (var start = Math.Max(from, WordsStart(text, anchor)); start <= anchor; start++)
            {
                if (!char.IsLetterOrDigit(text[start]) || start > 0 && char.IsLetter(text[start - 1])) continue;
                var m = atStart.Match(text, start);
                if (m.Success) { hit = m; break; }
            }
            if (hit is null)
            {
                from = anchor + 1;
                continue;
            }
            found.Add(hit);
            from = hit.Index + Math.Max(hit.Length, 1);
        }
        return found;
    }

    private static Func<string, int, int> NextLiteral(List<string> literals)
    {
        if (literals.Any(l => l.Length < 2))
        {
            var values = SearchValues.Create(literals.ToArray(), StringComparison.Ordinal);
            return (text, from) =>
            {
                var at = text.AsSpan(from).IndexOfAny(values);
                return at < 0 ? -1 : from + at;
            };
        }
        var set = LiteralAnchors.Register(literals, folded: false);
        return (text, from) => LiteralAnchors.Next(text, from, set);
    }

    private static Func<string, int, int> NextFoldedLiteral(string[] literals)
    {
        if (literals.Any(l => l.Length < 2 || l.Any(c => Fold(c) != c))) throw new ArgumentException("Literals must be lowercase, two characters or more.");
        var set = LiteralAnchors.Register(literals, folded: true);
        return (text, from) => LiteralAnchors.Next(text, from, set);
    }

    /// <summary>
    /// Lowercase, as a case-insensitive pattern reads it: a few non-ASCII letters fold to ASCII
    /// ones (the long s, the Kelvin sign, the dotted and dotless i).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) => FoldTable[c];

    // Every character folded once: lowercasing a non-ASCII character one at a time is a call into
    // ICU, and the anchors' tables fold all 65 536. The span is lowercased in one call, surrogates
    // left out (alone, each folds to itself; side by side they would read as one character).
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var all = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) all[c] = (char)c;
        var table = new char[all.Length];
        all.AsSpan(0, 0xD800).ToLowerInvariant(table.AsSpan(0, 0xD800));
        all.AsSpan(0xD800, 0x800).CopyTo(table.AsSpan(0xD800));
        all.AsSpan(0xE000).ToLowerInvariant(table.AsSpan(0xE000));
        table['\u017F'] = 's';
        table['\u212A'] = 'k';
        table['\u0130'] = 'i';
        table['\u0131'] = 'i';
        return table;
    }

    /// <summary>The same folding one character at a time, which <see cref="FoldTable"/> must equal (tested).</summary>
    internal static char FoldOne(char c) => c switch
    {
        '\u017F' => 's',
        '\u212A' => 'k',
        '\u0130' or '\u0131' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// The literal start of each branch of a plain alternation such as <c>(?:soci[ée]t[ée]|studios?|jeune[ ]pousse)</c>:
    /// character sets are spelled out and a branch stops before its first optional character.
    /// Anything else in the pattern is refused, so a wrong anchor cannot drop a match.
    /// </summary>
    internal static List<string> LiteralPrefixes(string alternatives)
    {
        var body = alternatives.StartsWith("(?:", StringComparison.Ordinal) && alternatives.EndsWith(')')
            ? alternatives[3..^1]
            : alternatives;
        var prefixes = new List<string>();
        foreach (var branch in body.Split('|'))
        {
            var variants = new List<string> { "" };
            for (var i = 0; i < branch.Length; i++)
            {
                if (i + 1 < branch.Length && branch[i + 1] == '?') break;
                char[] choices;
                if (branch[i] == '[')
                {
                    var close = branch.IndexOf(']', i);
                    choices = branch[(i + 1)..close].ToCharArray();
                    if (choices.Any(c => c is '-' or '^' or '\\')) throw new ArgumentException($"Not a plain set: {branch}");
                    i = close;
                    if (i + 1 < branch.Length && branch[i + 1] == '?') break;
                }
                else if ("\\()*+.{}^$".Contains(branch[i])) throw new ArgumentException($"Not a plain alternation: {alternatives}");
                else choices = [branch[i]];
                variants = variants.SelectMany(v => choices.Select(c => v + c)).ToList();
            }
            if (variants[0].Length == 0) throw new ArgumentException($"A branch has no literal start: {branch}");
            prefixes.AddRange(variants);
        }
        return prefixes.Distinct().ToList();
    }

    private int WordsStart(string text, int at)
    {
        var i = at;
        for (var n = 0; n < wordsBefore; n++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }
}
