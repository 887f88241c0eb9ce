using AIMediaTracker.Core.Extraction;

namespace AIMediaTracker.Core.French;

/// <summary>
/// The trades and titles of French news (Data/role-nouns.txt), one list for every rule: a title
/// next to a name makes it a person ("la directrice technique Mira Murati"), a counted trade after
/// a number makes it a count of people ("300 traducteurs").
/// </summary>
internal static class RoleNouns
{
    private const string Title = "titre";
    private const string CountedMark = "compté";

    private static readonly (string[] Forms, string[] Marks)[] Entries =
    [
        .. LexiconFile.Get("role-nouns.txt").Pairs("roles").Select(p => (Split(p.Words), Split(p.Value))),
    ];

    /// <summary>The titles as one regex alternation, accents optional: "(?:pdg|directeur|directrice|...)".</summary>
    public static readonly string TitlePattern = "(?:" + string.Join('|', TitleForms
        .Select(f => LexiconNotation.AccentTolerant(LexiconNotation.ToPattern(f, "[ ]")))) + ")";

    /// <summary>Every way <see cref="TitlePattern"/> lets a title be written, accents or none: a match holds one.</summary>
    public static IEnumerable<string> TitleSpellings => TitleForms.SelectMany(LexiconNotation.AccentVariants).Distinct();

    private static IEnumerable<string> TitleForms => Entries.Where(e => e.Marks.Contains(Title)).SelectMany(e => e.Forms);

    // Keys (lower case, no accents) of the titles, so « General », « Président » and « president » read alike.
    private static readonly HashSet<string> TitleKeys = new(TitleForms.Select(Text.FrenchTypography.Key), StringComparer.Ordinal);

    /// <summary>Whether a word, in any case, with or without its accents, singular or plural (« Leads », « fondateurs »), is one of the titles.</summary>
    public static bool IsTitle(string word)
    {
        var key = Text.FrenchTypography.Key(word);
        return TitleKeys.Contains(key) || key.Length > 2 && key[^1] is 's' or 'x' && TitleKeys.Contains(key[..^1]);
    }

    /// <summary>Every form of every trade and title, singular.</summary>
    public static readonly string[] Forms = [.. Entries.SelectMany(e => e.Forms)];

    /// <summary>The forms of the trades a number can count, singular.</summary>
    public static readonly string[] Counted = [.. Entries.Where(e => e.Marks.Contains(CountedMark)).SelectMany(e => e.Forms)];

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
