using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// How many of a text's distinct word trigrams fall in each of 512 buckets: the trigrams that
/// <see cref="Core.Content.ContentFingerprint.Resemblance"/> compares, cut into words the same way.
/// Two texts share at most the sum of the smaller count of each bucket, which bounds their
/// resemblance from above, so most texts that pass the simhash filter need not be read again.
/// </summary>
public sealed class ShingleSketch
{
    private const int Buckets = 512;
    private const byte Saturated = byte.MaxValue; // "this many or more"

    private readonly byte[] counts = new byte[Buckets];
    private readonly int total;

    private ShingleSketch(IEnumerable<string> shingles)
    {
        foreach (var shingle in shingles)
        {
            var bucket = (uint)shingle.GetHashCode() % Buckets;
            if (counts[bucket] < Saturated) counts[bucket]++;
            total++;
        }
    }

    public static ShingleSketch Of(string text) => new(Shingles(Words(text)));

    /// <summary>At least the resemblance of the two texts, never less: at most 1.</summary>
    public double UpperBound(ShingleSketch other)
    {
        var shared = 0;
        for (var i = 0; i < Buckets; i++)
        {
            var (a, b) = (counts[i], other.counts[i]);
            // Two saturated buckets may share more than the bucket counts: nothing can be ruled out.
            if (a == Saturated && b == Saturated) return 1;
            shared += Math.Min(a, b);
        }
        return (double)shared / (total + other.total - shared);
    }

    // As ContentFingerprint: the distinct joins of three consecutive words (one shingle for a text of fewer than three).
    private static HashSet<string> Shingles(List<string> words) =>
        Enumerable.Range(0, Math.Max(1, words.Count - 2)).Select(i => string.Join(' ', words.Skip(i).Take(3))).ToHashSet();

    // As ContentFingerprint: runs of letters and digits of the folded, lower-case text.
    private static List<string> Words(string text)
    {
        var key = FrenchTypography.Key(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var inWord = i < key.Length && char.IsLetterOrDigit(key[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { words.Add(key[start..i]); start = -1; }
        }
        return words;
    }
}
