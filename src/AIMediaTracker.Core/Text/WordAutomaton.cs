namespace AIMediaTracker.Core.Text;

/// <summary>
/// An Aho–Corasick automaton over many word sets, compiled once: one pass over a text gives each set
/// the sorted places where one of its words starts (overlapping ones too), so the extractor's rules
/// read the hits of every word they anchor on from a single scan of the article. Characters are
/// folded as <see cref="StringComparison.OrdinalIgnoreCase"/> compares them (upper-cased one by one);
/// each hit is checked with the word's own comparison, so the folding only has to keep every match.
/// </summary>
public sealed class WordAutomaton
{
    private readonly int alphabet;
    private readonly ushort[] symbolOf = new ushort[char.MaxValue + 1];
    // The next state for each state and symbol, fail links already followed. A state is written as
    // the offset of its row (its number times the alphabet's size), and the states where words end
    // are numbered last: the scan tests one bound per character instead of reading a list.
    private readonly int[] next;
    private readonly int firstEnding;
    // The words that end at each state from firstEnding on, its suffixes' included.
    private readonly (int Set, string Word, bool MatchCase)[][] ends;
    private readonly int sets;

    /// <param name="words">Each word with its set (0, 1, 2… in any order) and how it compares.</param>
    public WordAutomaton(IEnumerable<(int Set, string Word, StringComparison Comparison)> words)
    {
        var entries = words.ToList();
        if (entries.Any(e => e.Word.Length == 0 || e.Comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("Words are not empty and compared ordinally.", nameof(words));
        sets = entries.Max(e => e.Set) + 1;
        var letters = entries.SelectMany(e => e.Word).Select(char.ToUpperInvariant).Distinct().Order().ToList();
        alphabet = letters.Count + 1;
        for (var c = 0; c <= char.MaxValue; c++)
            symbolOf[c] = (ushort)(letters.BinarySearch(char.ToUpperInvariant((char)c)) + 1 is var s and > 0 ? s : 0);

        var children = new List<int[]> { new int[alphabet] };
        var output = new List<List<(int, string, bool)>> { new() };
        foreach (var (set, word, comparison) in entries)
        {
            var state = 0;
            foreach (var c in word)
            {
                var symbol = symbolOf[c];
                if (children[state][symbol] == 0)
                {
                    children[state][symbol] = children.Count;
                    children.Add(new int[alphabet]);
                    output.Add([]);
                }
                state = children[state][symbol];
            }
            output[state].Add((set, word, comparison == StringComparison.Ordinal));
        }

        var transitions = new int[children.Count * alphabet];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            if (state != 0) output[state].AddRange(output[fail[state]]);
            for (var symbol = 1; symbol < alphabet; symbol++)
            {
                var child = children[state][symbol];
                var fallback = state == 0 ? 0 : transitions[fail[state] * alphabet + symbol];
                if (child == 0) { transitions[state * alphabet + symbol] = fallback; continue; }
                transitions[state * alphabet + symbol] = child;
                fail[child] = fallback;
                queue.Enqueue(child);
            }
        }

        // Renumbered: the states where no word ends first (the root among them, since no word is empty).
        var order = Enumerable.Range(0, children.Count).OrderBy(state => output[state].Count > 0).ToArray();
        var number = new int[order.Length];
        for (var k = 0; k < order.Length; k++) number[order[k]] = k;
        firstEnding = order.Count(state => output[state].Count == 0) * alphabet;
        next = new int[transitions.Length];
        for (var state = 0; state < order.Length; state++)
            for (var symbol = 0; symbol < alphabet; symbol++)
                next[number[state] * alphabet + symbol] = number[transitions[state * alphabet + symbol]] * alphabet;
        ends = [.. order.Where(state => output[state].Count > 0).Select(state => output[state].ToArray())];
    }

    /// <summary>For each set, where its words start in <paramref name="text"/>, in order, each place once.</summary>
    public List<int>[] Find(string text)
    {
        var hits = new List<int>[sets];
        for (var k = 0; k < sets; k++) hits[k] = [];
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = next[state + symbolOf[text[i]]];
            if (state < firstEnding) continue;
            foreach (var (set, word, matchCase) in ends[(state - firstEnding) / alphabet])
            {
                var start = i + 1 - word.Length;
                var found = text.AsSpan(start, word.Length);
                if (matchCase ? !found.SequenceEqual(word) : !found.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
                hits[set].Add(start);
            }
        }
        // Hits come in the order their words end: a longer word ending later may start earlier.
        foreach (var list in hits)
        {
            list.Sort();
            for (var k = list.Count - 1; k > 0; k--) if (list[k] == list[k - 1]) list.RemoveAt(k);
        }
        return hits;
    }
}
