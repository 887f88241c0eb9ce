using AIMediaTracker.Core.Extraction;

namespace AIMediaTracker.Core.French;

/// <summary>
/// The nationalities (Data/nationalities.txt), one list for every rule: a count of them is a count
/// of people ("2 000 Américains"), one before a capitalised name introduces an organisation ("le
/// français Mistral AI"), and some give a figure its region ("les emplois américains").
/// </summary>
internal static class Nationalities
{
    private static readonly (string Masculine, string Region)[] Entries =
        [.. LexiconFile.Get("nationalities.txt").Pairs("nationalities")];

    /// <summary>Every form, masculine then feminine, singular.</summary>
    public static readonly string[] Forms = [.. Entries.SelectMany(e => FormsOf(e.Masculine))];

    /// <summary>The masculine forms that name a region, with that region.</summary>
    public static readonly (string Word, string Region)[] Regions = [.. Entries.Where(e => e.Region.Length > 0)];

    /// <summary>The forms as one case-sensitive regex alternation, accents optional: "(?:fran[çc]ais|fran[çc]aise|...)".</summary>
    public static readonly string Pattern = "(?:" + string.Join('|', Forms.Select(f => LexiconNotation.AccentTolerant(LexiconNotation.ToPattern(f, "[ ]")))) + ")";

    // « canadien » → « canadienne », « allemand » → « allemande », « belge » stays « belge ».
    private static IEnumerable<string> FormsOf(string masculine)
    {
        yield return masculine;
        if (masculine.EndsWith("en", StringComparison.Ordinal)) yield return masculine + "ne";
        else if (!masculine.EndsWith('e')) yield return masculine + "e";
    }
}
