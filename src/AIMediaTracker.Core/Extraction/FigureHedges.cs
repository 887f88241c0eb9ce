namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Hedges that make a figure approximate ("près de", "environ", "jusqu'à", "dépassé"), read from
/// Data/figure-hedges.txt.
/// Compared as suffixes of the text before the number: a regex anchored at the end
/// would be tried at every position of the window, and this runs for every number.
/// </summary>
internal static class FigureHedges
{
    private static LexiconFile File => LexiconFile.Get("figure-hedges.txt");

    private static readonly string[] Phrases = [.. File.Entries("phrases").SelectMany(AsWritten)];

    // Verbs whose object is a threshold: "a dépassé 500 millions", "franchit le cap des 1 000".
    private static readonly string[] VerbStems = [.. File.Entries("threshold-verbs")];

    private static readonly string[] Determiners = [.. File.Entries("threshold-determiners").SelectMany(AsWritten)];

    // The file writes each phrase without what follows it: a word ends on a space ("près de "),
    // an elision on the number itself ("près d'"), a symbol on either ("~500", "~ 500").
    private static IEnumerable<string> AsWritten(string entry) =>
        char.IsLetter(entry[^1]) || entry[^1] == '.' ? [entry + " "]
        : entry[^1] == '\'' ? [entry]
        : [entry, entry + " "];

    /// <summary>
    /// Where the hedge before <paramref name="start"/> begins, or -1. A verb hedge
    /// ("a dépassé") makes the figure approximate but stays out of its span, so
    /// <paramref name="spanStart"/> is where the figure's text begins.
    /// </summary>
    public static int Before(string text, int start, out int spanStart)
    {
        spanStart = start;
        var phrase = PhraseBefore(text, start);
        if (phrase >= 0) return spanStart = phrase;
        return VerbBefore(text, start);
    }

    // The phrases by their last two characters, compared ignoring case: this runs for every
    // number, and comparing each phrase with the text before it was a twentieth of all extraction.
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PhrasesByEnd = Phrases
        .Where(p => p.Length >= 2)
        .GroupBy(p => p[^2..], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // One character long, they can never end the text together with a longer phrase.
    private static readonly string[] ShortPhrases = [.. Phrases.Where(p => p.Length < 2)];

    private static int PhraseBefore(string text, int start)
    {
        if (start >= 2 && PhrasesByEnd.TryGetValue(text.AsSpan(start - 2, 2), out var phrases)
            && PhraseBefore(text, start, phrases) is var at and >= 0)
            return at;
        return PhraseBefore(text, start, ShortPhrases);
    }

    private static int PhraseBefore(string text, int start, string[] phrases)
    {
        var before = text.AsSpan(0, start);
        foreach (var phrase in phrases)
        {
            if (!before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            var at = start - phrase.Length;
            if (at == 0 || !char.IsLetter(text[at - 1])) return at;
        }
        return -1;
    }

    private static int VerbBefore(string text, int start)
    {
        var end = start;
        foreach (var determiner in Determiners)
        {
            if (text.AsSpan(0, start).EndsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                end = start - determiner.Length;
                break;
            }
        }
        if (end == 0 || text[end - 1] != ' ') return -1;
        var wordStart = end - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, end - 1 - wordStart);
        foreach (var stem in VerbStems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return wordStart;
        return -1;
    }
}
