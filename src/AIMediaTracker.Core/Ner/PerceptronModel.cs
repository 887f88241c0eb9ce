using System.Buffers.Binary;
using System.Text;

namespace AIMediaTracker.Core.Ner;

/// <summary>
/// The averaged perceptron's weights: one row of label scores per feature hash, quantised to
/// 16 bits. The file starts with a JSON header that records what it was trained from.
/// </summary>
public sealed class PerceptronModel
{
    private static readonly byte[] Magic = "AIMTNER1"u8.ToArray();
    // Open addressing over the feature hashes (already well mixed): tagging looks up 25 features per
    // capitalised word, and Dictionary's lookups were an eighth of the whole extraction.
    private readonly ulong[] slotKeys;
    private readonly int[] slotRows;
    private readonly int mask;
    private readonly float[] weights;

    public PerceptronModel(string header, int labels, ulong[] keys, float[] weights)
    {
        Header = header;
        Labels = labels;
        Features = keys.Length;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        mask = size - 1;
        slotKeys = new ulong[size];
        slotRows = new int[size];
        Array.Fill(slotRows, -1);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Find(keys[i]);
            if (slotRows[slot] < 0) slotKeys[slot] = keys[i];
            slotRows[slot] = i * labels;
        }
        this.weights = weights;
    }

    /// <summary>JSON: the hash of the training sources and the settings the model was built with.</summary>
    public string Header { get; }

    public int Labels { get; }

    public int Features { get; }

    /// <summary>Adds the rows of every known feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = slotRows[Find(f)];
            if (row < 0) continue;
            var w = weights.AsSpan(row, Labels);
            for (var l = 0; l < w.Length; l++) scores[l] += w[l];
        }
    }

    // The slot holding key, or the empty slot where it would go (linear probing, half full at most).
    private int Find(ulong key)
    {
        var slot = (int)(key ^ (key >> 32)) & mask;
        while (slotRows[slot] >= 0 && slotKeys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    public static byte[] Write(string header, int labels, IReadOnlyList<(ulong Key, double[] Weights)> features)
    {
        var max = 1e-9;
        foreach (var (_, w) in features)
            foreach (var v in w) max = Math.Max(max, Math.Abs(v));
        var scale = (float)(max / short.MaxValue);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        var headerBytes = Encoding.UTF8.GetBytes(header);
        writer.Write(Magic);
        writer.Write(headerBytes.Length);
        writer.Write(headerBytes);
        writer.Write(labels);
        writer.Write(features.Count);
        writer.Write(scale);
        foreach (var (key, _) in features) writer.Write(key);
        foreach (var (_, w) in features)
            foreach (var v in w) writer.Write((short)Math.Round(v / scale));
        writer.Flush();
        return stream.ToArray();
    }

    public static PerceptronModel Read(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (!span[..Magic.Length].SequenceEqual(Magic)) throw new InvalidDataException("Not a tagger model.");
        var at = Magic.Length;
        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        var header = Encoding.UTF8.GetString(span.Slice(at + 4, headerLength));
        at += 4 + headerLength;
        var labels = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(span[(at + 4)..]);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(span[(at + 8)..]);
        at += 12;
        var keys = new ulong[count];
        for (var i = 0; i < count; i++, at += 8) keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(span[at..]);
        var weights = new float[count * labels];
        for (var i = 0; i < weights.Length; i++, at += 2) weights[i] = BinaryPrimitives.ReadInt16LittleEndian(span[at..]) * scale;
        return new PerceptronModel(header, labels, keys, weights);
    }
}
