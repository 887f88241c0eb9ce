namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Where the literal anchors of every <see cref="AnchoredSearch"/> start in a text, found in
/// one pass for all of them: each search scanning the whole article for its own words cost
/// more than the patterns they spare. The positions of the last text are kept per thread,
/// since the searches of one article run one after another on the same string.
/// </summary>
internal static class LiteralAnchors
{
    private sealed record Entry(string Literal, bool Folded, int Set);

    // Immutable once published: a set registered later gets a new table, and a text scanned
    // with an older one is scanned again.
    private sealed record Table(Entry[]?[] Buckets, ulong[] Starts, int Sets);

    private static readonly object Gate = new();
    private static readonly List<(char First, char Second, char? Third, Entry Entry)> Keys = [];
    private static Table current = new(new Entry[]?[BigramBuckets], new ulong[StartBits / 64], 0);

    [ThreadStatic] private static (string Text, Table Table, List<int>[] Positions)? last;

    /// <summary>
    /// Adds a set of literals (two characters or more); <paramref name="folded"/> ones are
    /// lowercase and match text that folds to them (<see cref="AnchoredSearch.Fold"/>).
    /// Gives the set's number for <see cref="Next"/>.
    /// </summary>
    public static int Register(IReadOnlyCollection<string> literals, bool folded)
    {
        lock (Gate)
        {
            var set = current.Sets;
            foreach (var literal in literals)
            {
                var entry = new Entry(literal, folded, set);
                List<char> Variants(int k) => folded ? Unfolded(literal[k]) : [literal[k]];
                foreach (var first in Variants(0))
                    foreach (var second in Variants(1))
                        if (literal.Length == 2) Keys.Add((first, second, null, entry));
                        else foreach (var third in Variants(2)) Keys.Add((first, second, third, entry));
            }
            var buckets = new Entry[]?[BigramBuckets];
            foreach (var group in Keys.GroupBy(k => Bigram(k.First, k.Second)))
                buckets[group.Key] = group.Select(k => k.Entry).Distinct().ToArray();
            var starts = new ulong[StartBits / 64];
            foreach (var (first, second, third, _) in Keys)
            {
                var start = third is { } c ? Triple(first, second, c) : Pair(first, second);
                starts[start >> 6] |= 1UL << start;
            }
            current = new Table(buckets, starts, set + 1);
            return set;
        }
    }

    /// <summary>The first place at or after <paramref name="from"/> where a literal of <paramref name="set"/> starts, or -1.</summary>
    public static int Next(string text, int from, int set)
    {
        var positions = PositionsIn(text)[set];
        // The first position at or after from, by binary search.
        int lo = 0, hi = positions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (positions[mid] < from) lo = mid + 1;
            else hi = mid;
        }
        return lo < positions.Count ? positions[lo] : -1;
    }

    private static List<int>[] PositionsIn(string text)
    {
        var table = current;
        if (last is { } cached && ReferenceEquals(cached.Text, text) && cached.Table == table) return cached.Positions;
        var positions = new List<int>[table.Sets];
        for (var k = 0; k < positions.Length; k++) positions[k] = [];
        var starts = table.Starts;
        for (var i = 0; i < text.Length - 1; i++)
        {
            // Most places start no literal: one bit for the pair of characters there (two-letter
            // literals) and one for the three (longer ones) say so before the buckets are read.
            var pair = Pair(text[i], text[i + 1]);
            var maybe = (starts[pair >> 6] & (1UL << pair)) != 0;
            if (!maybe && i + 2 < text.Length)
            {
                var triple = Triple(text[i], text[i + 1], text[i + 2]);
                maybe = (starts[triple >> 6] & (1UL << triple)) != 0;
            }
            if (!maybe || table.Buckets[Bigram(text[i], text[i + 1])] is not { } entries) continue;
            foreach (var entry in entries)
            {
                var list = positions[entry.Set];
                if (list.Count > 0 && list[^1] == i) continue;
                if (entry.Folded ? FoldedStartsWith(text, i, entry.Literal) : text.AsSpan(i).StartsWith(entry.Literal, StringComparison.Ordinal))
                    list.Add(i);
            }
        }
        last = (text, table, positions);
        return positions;
    }

    private static bool FoldedStartsWith(string text, int at, string literal)
    {
        if (at + literal.Length > text.Length) return false;
        for (var k = 0; k < literal.Length; k++)
            if (AnchoredSearch.Fold(text[at + k]) != literal[k]) return false;
        return true;
    }

    // Every character that folds to this one: a pass over the fold table, only while registering.
    private static List<char> Unfolded(char folded)
    {
        var variants = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (AnchoredSearch.Fold(c) == folded) variants.Add(c);
        return variants;
    }

    private const int BigramBuckets = 4096;

    // Pairs and triples share one set of bits, hashed: a collision only costs a bucket read.
    private const int StartBits = 1 << 16;

    private static int Pair(char first, char second) => (int)((((uint)first << 16) ^ second) * 0x9E3779B1u >> 16);

    private static int Triple(char first, char second, char third) =>
        (int)(((((uint)first << 16) ^ ((uint)second << 8) ^ third) * 0x85EBCA6Bu) >> 16);

    private static int Bigram(char first, char second) => ((first << 6) ^ second) & (BigramBuckets - 1);
}
