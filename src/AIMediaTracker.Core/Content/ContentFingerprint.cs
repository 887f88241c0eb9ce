using System.Security.Cryptography;
using System.Text;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Identity of an article's text. <see cref="Hash"/> is exact over the normalised words (same
/// text, whatever the spacing, case or typography); <see cref="SimHash"/> is close for
/// syndicated copies with small edits, compared with <see cref="IsNearDuplicate"/>.
/// </summary>
public sealed record ContentFingerprint(string Hash, long SimHash)
{
    /// <summary>
    /// Bits that may differ for two texts to be compared at all: unrelated articles differ by
    /// about 32 of 64, so this only picks candidates; <see cref="Resemblance"/> decides.
    /// </summary>
    public const int CandidateDistance = 12;

    /// <summary>Share of word trigrams two texts must have in common to be one article.</summary>
    public const double NearDuplicateResemblance = 0.6;

    public static ContentFingerprint Of(string text)
    {
        var words = Words(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
        return new ContentFingerprint(hash, ComputeSimHash(words));
    }

    public static bool IsCandidate(long a, long b) => long.PopCount(a ^ b) <= CandidateDistance;

    /// <summary>Jaccard resemblance of the two texts' word trigrams (Broder), from 0 to 1.</summary>
    public static double Resemblance(string a, string b)
    {
        var x = Shingles(Words(a));
        var y = Shingles(Words(b));
        if (x.Count == 0 && y.Count == 0) return 1;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static HashSet<string> Shingles(List<string> words) =>
        Enumerable.Range(0, Math.Max(1, words.Count - 2)).Select(i => string.Join(' ', words.Skip(i).Take(3))).ToHashSet();

    private static List<string> Words(string text)
    {
        var key = FrenchTypography.Key(text);
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in key)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    // Charikar's simhash over word trigrams: each shingle votes on 64 bits.
    private static long ComputeSimHash(List<string> words)
    {
        Span<int> votes = stackalloc int[64];
        var count = Math.Max(1, words.Count - 2);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(3));
            var h = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(shingle)), 0);
            for (var bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1UL << bit;
        return unchecked((long)result);
    }
}
