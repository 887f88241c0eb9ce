using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Ner;

/// <summary>
/// The tagger's features: the word and its neighbours, their shapes and affixes, and the project's
/// own knowledge as features (given names, places, listed organisations, capitalised stopwords),
/// so that the curated lists inform the model without being the only source of names.
/// </summary>
public static class NerFeatures
{
    /// <summary>Static features per token, then three that read the previous labels.</summary>
    public const int StaticCount = 22;
    public const int Count = StaticCount + 3;

    private static readonly ulong Boundary = NerHash.Of("<s>");

    public static NerTokenInfo[] Describe(string text, List<NerToken> tokens, IReadOnlyList<Span> knownOrganizations)
    {
        var infos = new NerTokenInfo[tokens.Count];
        var org = 0;
        for (var i = 0; i < tokens.Count; i++) infos[i] = Describe(text, tokens, i, knownOrganizations, ref org);
        return infos;
    }

    /// <summary>
    /// Token <paramref name="i"/>'s description. <paramref name="org"/> is the caller's place in
    /// <paramref name="knownOrganizations"/> (sorted by start, 0 at first): tokens are described in
    /// increasing order, and may be skipped.
    /// </summary>
    public static NerTokenInfo Describe(string text, List<NerToken> tokens, int i, IReadOnlyList<Span> knownOrganizations, ref int org)
    {
        var t = tokens[i];
        var flags = NerTokenFlags.None;
        var (lower, shape, prefix, upper, letters) = Read(text, t.Start, t.End);
        if (letters > 0) flags |= NerTokenFlags.Letters;
        if (char.IsUpper(text[t.Start])) flags |= NerTokenFlags.Capitalised;
        if (upper > 0) flags |= NerTokenFlags.HasUpper;
        if (upper == letters && letters > 1) flags |= NerTokenFlags.AllUpper;
        if (i == 0) flags |= NerTokenFlags.SentenceStart;
        if (upper > 0)
        {
            var word = text.AsSpan(t.Start, t.Length);
            if (Gazetteer.IsListedGivenName(word)) flags |= NerTokenFlags.GivenName;
            if (Gazetteer.IsPlace(word)) flags |= NerTokenFlags.Place;
            if (CapitalizedStopwords.Contains(word)) flags |= NerTokenFlags.Stopword;
        }
        // The first known name not ending before the token: the same whichever tokens came before.
        while (org < knownOrganizations.Count && knownOrganizations[org].End <= t.Start) org++;
        if (org < knownOrganizations.Count && knownOrganizations[org].Start <= t.Start) flags |= NerTokenFlags.KnownOrganization;

        var end = t.End;
        return new NerTokenInfo(
            lower,
            shape,
            prefix,
            NerHash.Lower(text, Math.Max(t.Start, end - 3), end),
            NerHash.Lower(text, Math.Max(t.Start, end - 2), end),
            flags);
    }

    /// <summary>Whether the token holds a capital (<see cref="NerTokenFlags.HasUpper"/>), without describing it.</summary>
    public static bool HasUpper(string text, NerToken token)
    {
        for (var k = token.Start; k < token.End; k++)
            if (char.IsUpper(text[k])) return true;
        return false;
    }

    /// <summary>Fills <paramref name="into"/>[0..StaticCount) with token <paramref name="i"/>'s static features.</summary>
    public static void Static(ReadOnlySpan<NerTokenInfo> infos, int i, Span<ulong> into)
    {
        var w = infos[i];
        var p1 = i > 0 ? infos[i - 1].Lower : Boundary;
        var p2 = i > 1 ? infos[i - 2].Lower : Boundary;
        var n1 = i + 1 < infos.Length ? infos[i + 1].Lower : Boundary;
        var n2 = i + 2 < infos.Length ? infos[i + 2].Lower : Boundary;
        var ps = i > 0 ? infos[i - 1].Shape : Boundary;
        var ns = i + 1 < infos.Length ? infos[i + 1].Shape : Boundary;
        var pf = i > 0 ? (ulong)infos[i - 1].Flags : 0xFFFF;
        var nf = i + 1 < infos.Length ? (ulong)infos[i + 1].Flags : 0xFFFF;
        into[0] = NerHash.Mix(0, 0);
        into[1] = NerHash.Mix(1, w.Lower);
        into[2] = NerHash.Mix(2, p1);
        into[3] = NerHash.Mix(3, n1);
        into[4] = NerHash.Mix(4, p2);
        into[5] = NerHash.Mix(5, n2);
        into[6] = NerHash.Mix(6, w.Shape);
        into[7] = NerHash.Mix(7, ps, w.Shape);
        into[8] = NerHash.Mix(8, w.Shape, ns);
        into[9] = NerHash.Mix(9, w.Suffix3);
        into[10] = NerHash.Mix(10, w.Prefix);
        into[11] = NerHash.Mix(11, p1, w.Shape);
        into[12] = NerHash.Mix(12, n1, w.Shape);
        into[13] = NerHash.Mix(13, w.Suffix2, w.Shape);
        into[14] = NerHash.Mix(14, (ulong)w.Flags);
        into[15] = NerHash.Mix(15, pf, (ulong)w.Flags);
        into[16] = NerHash.Mix(16, (ulong)w.Flags, nf);
        into[17] = NerHash.Mix(17, p2, p1);
        into[18] = NerHash.Mix(18, n1, n2);
        into[19] = NerHash.Mix(19, p1, w.Lower);
        into[20] = NerHash.Mix(20, w.Lower, n1);
        into[21] = NerHash.Mix(21, pf, w.Lower);
    }

    /// <summary>Fills <paramref name="into"/>[StaticCount..Count) with the features of the previous labels.</summary>
    public static void Dynamic(ReadOnlySpan<NerTokenInfo> infos, int i, int previous, int beforePrevious, Span<ulong> into)
    {
        into[StaticCount] = NerHash.Mix(30, (ulong)previous);
        into[StaticCount + 1] = NerHash.Mix(31, (ulong)previous, (ulong)beforePrevious);
        into[StaticCount + 2] = NerHash.Mix(32, (ulong)previous, infos[i].Shape);
    }

    /// <summary>
    /// One pass over a token: its lower-case hash (<see cref="NerHash.Lower"/>) whole and of its first
    /// three characters, its shape (letters as X or x, digits as d, repeats collapsed: "OpenAI" → "XxX",
    /// "2024" → "d", with its length up to 4), and how many of its characters are capitals and letters.
    /// </summary>
    private static (ulong Lower, ulong Shape, ulong Prefix, int Upper, int Letters) Read(string text, int start, int end)
    {
        var lower = NerHash.Offset;
        var prefix = NerHash.Offset;
        var shape = NerHash.Offset;
        var last = '\0';
        int upper = 0, letters = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            lower = (lower ^ InvariantCase.ToLower(c)) * NerHash.Prime;
            if (k - start < 3) prefix = lower;
            var isUpper = char.IsUpper(c);
            if (isUpper) upper++;
            if (char.IsLetter(c)) letters++;
            var s = isUpper ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last) continue;
            shape = (shape ^ s) * NerHash.Prime;
            last = s;
        }
        return (lower, shape ^ (ulong)Math.Min(end - start, 4) << 56, prefix, upper, letters);
    }
}
