namespace AIMediaTracker.Core.Ner;

/// <summary>
/// The constraints shared by training and tagging: a name starts on a word with a capital, a
/// lower-case word only continues one ("Syndicat national des artistes-musiciens"), and an inside
/// label only follows its own type. Lower-case words outside a name are not even scored, which
/// is most of the text and keeps the tagger fast.
/// </summary>
public static class NerDecoding
{
    public static bool IsSkipped(in NerTokenInfo token, int previous) => IsSkipped(token.Has(NerTokenFlags.HasUpper), previous);

    /// <summary>The same rule before the token is described: the tagger describes only what it scores.</summary>
    public static bool IsSkipped(bool hasUpper, int previous) => previous == NerLabel.Outside && !hasUpper;

    public static bool IsAllowed(int label, in NerTokenInfo token, int previous) =>
        label == NerLabel.Outside
        || (NerLabel.IsBegin(label) ? token.Has(NerTokenFlags.HasUpper) : NerLabel.Continues(label, previous));

    public static int Best(ReadOnlySpan<float> scores, in NerTokenInfo token, int previous)
    {
        var best = NerLabel.Outside;
        for (var l = 1; l < scores.Length; l++)
            if (scores[l] > scores[best] && IsAllowed(l, token, previous)) best = l;
        return best;
    }
}
