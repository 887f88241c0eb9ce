namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Hedges that make a figure approximate ("près de", "environ", "jusqu'à", "dépassé").
/// Compared as suffixes of the text before the number: a regex anchored at the end
/// would be tried at every position of the window, and this runs for every number.
/// </summary>
internal static class FigureHedges
{
    private static readonly string[] Phrases =
    [
        "près de ", "près d'", "près du ", "environ ", "quelque ", "quelques ", "plus de ", "plus d'",
        "moins de ", "moins d'", "au moins ", "jusqu'à ", "jusqu'au ", "jusqu'a ", "pouvant atteindre ",
        "pouvant aller jusqu'à ", "quasi ", "quasiment ", "presque ", "autour de ", "autour d'", "autour du ",
        "aux alentours de ", "aux alentours d'", "de l'ordre de ", "de l'ordre d'", "approximativement ",
        "à peu près ", "grosso modo ", "au-delà de ", "au-delà d'", "au-delà des ", "supérieur à ",
        "supérieure à ", "supérieurs à ", "supérieures à ", "inférieur à ", "inférieure à ", "env. ",
        "~", "~ ", "± ", "±",
    ];

    // Verbs whose object is a threshold: "a dépassé 500 millions", "franchit le cap des 1 000".
    private static readonly string[] VerbStems = ["dépass", "franchi", "excéd", "frôl", "avoisin"];

    private static readonly string[] Determiners = ["les ", "le cap des ", "le cap de ", "la barre des ", "la barre de ", "le seuil des "];

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
    private static readonly Dictionary<(char, char), string[]> PhrasesByEnd = Phrases
        .Where(p => p.Length >= 2)
        .GroupBy(p => (p[^2], p[^1]), PairIgnoringCase.Instance)
        .ToDictionary(g => g.Key, g => g.ToArray(), PairIgnoringCase.Instance);

    private sealed class PairIgnoringCase : IEqualityComparer<(char, char)>
    {
        public static readonly PairIgnoringCase Instance = new();

        public bool Equals((char, char) x, (char, char) y) =>
            MemoryExtensions.Equals([x.Item1, x.Item2], [y.Item1, y.Item2], StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((char, char) pair) => string.GetHashCode([pair.Item1, pair.Item2], StringComparison.OrdinalIgnoreCase);
    }

    // One character long, they can never end the text together with a longer phrase.
    private static readonly string[] ShortPhrases = [.. Phrases.Where(p => p.Length < 2)];

    private static int PhraseBefore(string text, int start)
    {
        if (start >= 2 && PhrasesByEnd.TryGetValue((text[start - 2], text[start - 1]), out var phrases)
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
