using System.Text;
using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The French words the figure rules read, kept in Data/figure-lexicon.txt so that a French
/// reader can review them without reading C#. Each [section] lists entries, one a line, in a
/// small notation: a space is any run of spaces, "*" ends a stem (any letters follow),
/// "(a|b)" is a choice and "?" makes the letter or group before it optional. Every entry
/// matches whole words only.
/// </summary>
internal static class FigureLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Lazy<Dictionary<string, List<string>>> Sections = new(Load);

    /// <summary>The entries of a section, as written in the file.</summary>
    public static IReadOnlyList<string> Entries(string section) =>
        Sections.Value.TryGetValue(section, out var entries)
            ? entries
            : throw new InvalidDataException($"figure-lexicon.txt has no [{section}] section.");

    /// <summary>One pattern matching any entry of the sections as a whole word.</summary>
    public static Regex Regex(params string[] sections) => Regex(sections, "", "");

    /// <summary>Like <see cref="Regex(string[])"/>, with a pattern before and after the choice of entries.</summary>
    public static Regex Regex(string[] sections, string before, string after) =>
        new(before + @"(?<![\p{L}])(?:" + Alternation(sections) + @")(?![\p{L}])" + after, Options);

    /// <summary>The entries of the sections as one regex alternation.</summary>
    public static string Alternation(params string[] sections) =>
        string.Join('|', sections.SelectMany(Entries).Select(ToPattern));

    /// <summary>Translates the file's notation into a regex.</summary>
    public static string ToPattern(string entry)
    {
        var pattern = new StringBuilder();
        foreach (var c in entry)
        {
            pattern.Append(c switch
            {
                ' ' => @"\s+",
                '*' => @"\p{L}*",
                '(' => "(?:",
                ')' or '|' or '?' => c.ToString(),
                _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()),
            });
        }
        return pattern.ToString();
    }

    private static Dictionary<string, List<string>> Load()
    {
        using var reader = new StreamReader(Gazetteer.OpenResource("figure-lexicon.txt"));
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim().Normalize(NormalizationForm.FormC);
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections.Add(line[1..^1], current);
                continue;
            }
            if (current is null) throw new InvalidDataException($"figure-lexicon.txt: '{line}' comes before any [section].");
            current.Add(line);
        }
        return sections;
    }
}
