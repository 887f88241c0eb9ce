using System.Runtime.Intrinsics;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// How many of a text's distinct word trigrams fall in each of 512 buckets: the trigrams that
/// <see cref="ContentFingerprint.Resemblance"/> compares, cut into words the same way (<see cref="TextWords"/>).
/// Two texts share at most the sum of the smaller count of each bucket, which bounds their
/// resemblance from above, so most texts that pass the simhash filter need not be read again.
/// An original's sketch is stored beside it (<see cref="Buckets"/>, <see cref="Shingles"/>) with <see cref="Version"/>:
/// a stored sketch of another version is computed again from the text, so the bucket hash may still change.
/// A count takes four bits, two per byte (256 bytes a sketch: the import keeps one per original,
/// 25 MB at 100 000 articles); a 5 KB article puts one or two trigrams in a bucket, so saturation
/// only comes with long texts, where the bound gives up rather than err.
/// </summary>
public sealed class ShingleSketch
{
    private const int BucketCount = 512;
    private const int Saturated = 15; // "this many or more"

    /// <summary>Changes whenever the bucket hash or the word cutting changes: stored sketches of another version are ignored.</summary>
    public const int Version = 1;

    private readonly byte[] counts;
    private readonly int total;

    /// <summary>The 512 counts, two per byte, as stored.</summary>
    public ReadOnlySpan<byte> Buckets => counts;

    /// <summary>How many distinct trigrams the text has.</summary>
    public int Shingles => total;

    private ShingleSketch(byte[] counts, int total) => (this.counts, this.total) = (counts, total);

    /// <summary>A sketch as stored, null if the bytes are not one (a damaged row is then computed again).</summary>
    public static ShingleSketch? FromStored(byte[] buckets, int shingles) =>
        buckets.Length == BucketCount / 2 && shingles >= 0 ? new ShingleSketch(buckets.ToArray(), shingles) : null;

    private int Count(int bucket) => (counts[bucket >> 1] >> ((bucket & 1) * 4)) & 0xF;

    private ShingleSketch(List<string> words)
    {
        counts = new byte[BucketCount / 2];
        // A trigram is known by a 64-bit hash of its words, not by its text: no string per trigram, and
        // two distinct trigrams of one text share a hash with odds of about 1 in 10^13.
        var wordHashes = words.Select(Fnv1a).ToArray();
        var distinct = new HashSet<ulong>();
        for (var i = 0; i < TextWords.ShingleCount(words.Count); i++)
        {
            var h = 0x9E3779B97F4A7C15UL;
            for (var w = i; w < Math.Min(i + 3, words.Count); w++) h = (ulong.RotateLeft(h, 23) ^ wordHashes[w]) * 0xFF51AFD7ED558CCDUL;
            if (!distinct.Add(h)) continue;
            var bucket = (int)(h >> 55); // the top 9 bits: 512 buckets
            if (Count(bucket) < Saturated) counts[bucket >> 1] += (byte)(1 << ((bucket & 1) * 4));
            total++;
        }
    }

    public static ShingleSketch Of(string text) => new(TextWords.Of(text));

    /// <summary>From the text's <see cref="TextWords"/>, when the caller has them already.</summary>
    public static ShingleSketch Of(List<string> words) => new(words);

    /// <summary>At least the resemblance of the two texts, never less: at most 1.</summary>
    public double UpperBound(ShingleSketch other)
    {
        // The search calls this for every original whose simhash is close: in the bench's import, 250 per
        // article whatever the size of the database, and at 100 000 articles it was the writing thread's
        // largest method. Sixteen bytes (32 buckets) at a time.
        var shared = Shared(other);
        return shared < 0 ? 1 : (double)shared / (total + other.total - shared);
    }

    // Each bucket contributes the smaller of its two counts. -1 when two saturated buckets meet: they may
    // share more than the counts say, so nothing can be ruled out.
    private int Shared(ShingleSketch other)
    {
        var nibble = Vector128.Create((byte)0xF);
        var saturated = Vector128.Create((byte)Saturated);
        Vector128<ushort> sums = default;
        Vector128<byte> bothSaturated = default;
        for (var i = 0; i < counts.Length; i += Vector128<byte>.Count)
        {
            var x = Vector128.Create(counts, i);
            var y = Vector128.Create(other.counts, i);
            var (xLow, yLow) = (x & nibble, y & nibble);
            var (xHigh, yHigh) = (Vector128.ShiftRightLogical(x, 4), Vector128.ShiftRightLogical(y, 4));
            bothSaturated |= (Vector128.Equals(xLow, saturated) & Vector128.Equals(yLow, saturated))
                | (Vector128.Equals(xHigh, saturated) & Vector128.Equals(yHigh, saturated));
            // At most 30 a byte here, 480 a lane over the 16 blocks.
            var (low, high) = Vector128.Widen(Vector128.Min(xLow, yLow) + Vector128.Min(xHigh, yHigh));
            sums += low + high;
        }
        return bothSaturated != Vector128<byte>.Zero ? -1 : Vector128.Sum(sums);
    }

    private static ulong Fnv1a(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }
}
