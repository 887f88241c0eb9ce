using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The French words the figure rules read, kept in Data/figure-lexicon.txt so that a French
/// reader can review them without reading C#. Each [section] lists entries, one a line, in the
/// notation of <see cref="LexiconNotation"/>. Every entry matches whole words only.
/// </summary>
internal static class FigureLexicon
{
    private static LexiconFile File => LexiconFile.Get("figure-lexicon.txt");

    /// <summary>The entries of a section, as written in the file.</summary>
    public static IReadOnlyList<string> Entries(string section) => File.Entries(section);

    /// <summary>One pattern matching any entry of the sections as a whole word.</summary>
    public static Regex Regex(params string[] sections) => Regex(sections, "", "");

    /// <summary>Like <see cref="Regex(string[])"/>, with a pattern before and after the choice of entries.</summary>
    public static Regex Regex(string[] sections, string before, string after) =>
        new(before + @"(?<![\p{L}])(?:" + Alternation(sections) + @")(?![\p{L}])" + after, LexiconNotation.Options);

    /// <summary>
    /// <see cref="Regex(string[], string, string)"/> of one section, tried only around its anchor words
    /// (<see cref="AnchorWords.OfSection"/>) instead of scanning the text.
    /// </summary>
    public static AnchoredSearch Search(string section, string after = "") =>
        new(Regex([section], @"\G", after), Entries(section).Max(LexiconNotation.BreaksBeforeAnchor));

    /// <summary>The entries of the sections as one regex alternation.</summary>
    public static string Alternation(params string[] sections) => LexiconNotation.Alternation(sections.SelectMany(Entries));
}
