using System.Text;
using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The small notation the word lists are written in, translated into regex: a space is any run of
/// spaces, "*" ends a stem (any letters follow), "(a|b)" is a choice and "?" makes the letter or
/// group before it optional; every other character stands for itself.
/// </summary>
internal static class LexiconNotation
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>One entry as a regex; <paramref name="space"/> is what a space between words becomes.</summary>
    public static string ToPattern(string entry, string space = @"\s+")
    {
        var pattern = new StringBuilder();
        foreach (var c in entry)
        {
            pattern.Append(c switch
            {
                ' ' => space,
                '*' => @"\p{L}*",
                '(' => "(?:",
                ')' or '|' or '?' => c.ToString(),
                _ => Regex.Escape(c.ToString()),
            });
        }
        return pattern.ToString();
    }

    /// <summary>Entries as one alternation, in their order: at one place, the first that matches wins.</summary>
    public static string Alternation(IEnumerable<string> entries, string space = @"\s+") =>
        string.Join('|', entries.Select(e => ToPattern(e, space)));

    /// <summary>One pattern matching any of <paramref name="entries"/> as a whole word.</summary>
    public static Regex WholeWords(IEnumerable<string> entries) =>
        new(@"(?<![\p{L}])(?:" + Alternation(entries) + @")(?![\p{L}])", Options);

    /// <summary>
    /// Words that every match of <paramref name="entry"/> holds as written (ignoring case): for each
    /// spelling the entry allows, its longest run of letters with no space or stem end in it. A text
    /// with none of them cannot match the entry, so a rule can skip the pattern where they are absent.
    /// </summary>
    public static IEnumerable<string> Anchors(string entry) =>
        Spellings(entry).Select(s => s.Split(Break).MaxBy(run => run.Length)!).Distinct();

    /// <summary>
    /// How many places where the text may vary (a space, a stem's end, an optional part) can stand
    /// before <paramref name="entry"/>'s anchor (<see cref="Anchors"/>) in a match: at least the words
    /// before it, plus one when it starts inside a word. So a match starts at most that many word
    /// starts before its anchor, which is how far <see cref="AnchoredSearch"/> looks back.
    /// </summary>
    public static int BreaksBeforeAnchor(string entry) => Spellings(entry).Max(spelling =>
    {
        var runs = spelling.Split(Break);
        var longest = 0;
        // The first longest run, as Anchors takes it.
        for (var k = 1; k < runs.Length; k++)
            if (runs[k].Length > runs[longest].Length) longest = k;
        return longest;
    });

    // Where a run of literal characters ends: a space (any run of spaces) or a stem's open end.
    private const char Break = '\0';

    // Every spelling of an entry, choices and optional parts expanded, with Break where the text may vary.
    private static List<string> Spellings(string entry)
    {
        var position = 0;
        var spellings = Sequence(entry, ref position);
        if (position != entry.Length) throw new FormatException($"Unbalanced entry: {entry}");
        return spellings;
    }

    private static List<string> Sequence(string entry, ref int i)
    {
        List<string> spellings = [""];
        while (i < entry.Length && entry[i] is not (')' or '|'))
        {
            List<string> part;
            if (entry[i] == '(')
            {
                i++;
                part = Sequence(entry, ref i);
                while (i < entry.Length && entry[i] == '|') { i++; part.AddRange(Sequence(entry, ref i)); }
                if (i == entry.Length) throw new FormatException($"Unbalanced entry: {entry}");
                i++;
            }
            else
            {
                part = [entry[i] is ' ' or '*' ? Break.ToString() : entry[i].ToString()];
                i++;
            }
            if (i < entry.Length && entry[i] == '?') { part.Add(Break.ToString()); i++; }
            spellings = [.. spellings.SelectMany(s => part.Select(p => s + p))];
        }
        return spellings;
    }

    /// <summary>
    /// A pattern where each accented letter also matches its bare letter: scraped or hurried text
    /// writes « president », « francais ».
    /// </summary>
    public static string AccentTolerant(string pattern)
    {
        var tolerant = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
            tolerant.Append(Bare(c) is { } bare ? $"[{c}{bare}]" : c.ToString());
        return tolerant.ToString();
    }

    /// <summary>Every spelling of a plain word that <see cref="AccentTolerant"/> accepts: « coréen », « coreen ».</summary>
    public static IEnumerable<string> AccentVariants(string word)
    {
        IEnumerable<string> spellings = [""];
        foreach (var c in word)
        {
            string[] choices = Bare(c) is { } bare ? [c.ToString(), bare.ToString()] : [c.ToString()];
            spellings = spellings.SelectMany(s => choices.Select(choice => s + choice));
        }
        return spellings;
    }

    private static char? Bare(char c) => c switch
    {
        'é' or 'è' or 'ê' => 'e',
        'ç' => 'c',
        'ï' or 'î' => 'i',
        'à' or 'â' => 'a',
        'ô' => 'o',
        'û' or 'ù' => 'u',
        _ => null,
    };
}
