namespace AIMediaTracker.Core.Ner;

/// <summary>A tagger token: a run of letters and digits, or one other visible character.</summary>
public readonly record struct NerToken(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<NerToken> Split(string text, int start, int end)
    {
        var tokens = new List<NerToken>((end - start) / 5 + 1);
        Split(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Like <see cref="Split(string, int, int)"/>, into <paramref name="tokens"/> (cleared first), so a caller reuses one list.</summary>
    public static void Split(string text, int start, int end, List<NerToken> tokens)
    {
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var s = i++;
            if (char.IsLetterOrDigit(c))
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
            tokens.Add(new NerToken(s, i));
        }
    }
}
