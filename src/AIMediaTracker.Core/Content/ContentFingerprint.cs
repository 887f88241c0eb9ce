using System.Security.Cryptography;
using System.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Identity of an article's text. <see cref="Hash"/> is exact over the normalised words (same
/// text, whatever the spacing, case or typography); <see cref="SimHash"/> is close for
/// syndicated copies with small edits, compared with <see cref="IsCandidate"/> then <see cref="Resemblance"/>.
/// Both are stored: any change to how they are computed must keep the values (a test pins them).
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

    public static ContentFingerprint Of(string text) => Of(TextWords.Of(text));

    /// <summary>From the text's <see cref="TextWords"/>, when the caller has them already.</summary>
    public static ContentFingerprint Of(List<string> words)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
        return new ContentFingerprint(hash, ComputeSimHash(words));
    }

    public static bool IsCandidate(long a, long b) => long.PopCount(a ^ b) <= CandidateDistance;

    /// <summary>Jaccard resemblance of the two texts' word trigrams (Broder), from 0 to 1.</summary>
    public static double Resemblance(string a, string b)
    {
        var x = Shingles(TextWords.Of(a));
        var y = Shingles(TextWords.Of(b));
        if (x.Count == 0 && y.Count == 0) return 1;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static HashSet<string> Shingles(List<string> words) =>
        Enumerable.Range(0, TextWords.ShingleCount(words.Count)).Select(i => string.Join(' ', words.Skip(i).Take(3))).ToHashSet();

    // Charikar's simhash over word trigrams: each shingle votes on 64 bits with the first 8 bytes of
    // the SHA-256 of its UTF-8 text ("w1 w2 w3"). Built in one buffer: a string, a byte array and a
    // hash array per shingle made this most of an import's fingerprinting time.
    private static long ComputeSimHash(List<string> words)
    {
        var utf8 = words.Select(Encoding.UTF8.GetBytes).ToArray();
        var buffer = new byte[3 * utf8.Select(w => w.Length).DefaultIfEmpty(0).Max() + 2];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Span<int> votes = stackalloc int[64];
        for (var i = 0; i < TextWords.ShingleCount(words.Count); i++)
        {
            var length = 0;
            for (var w = i; w < Math.Min(i + 3, words.Count); w++)
            {
                if (w > i) buffer[length++] = (byte)' ';
                utf8[w].CopyTo(buffer, length);
                length += utf8[w].Length;
            }
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            var h = BitConverter.ToUInt64(digest);
            for (var bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1UL << bit;
        return unchecked((long)result);
    }
}
