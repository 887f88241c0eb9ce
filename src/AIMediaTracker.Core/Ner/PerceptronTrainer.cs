using System.Text.Json;

namespace AIMediaTracker.Core.Ner;

/// <summary>
/// Trains the averaged perceptron, greedily left to right as the tagger decodes. Integer updates
/// and a fixed shuffle make the result identical on every run, byte for byte.
/// </summary>
public static class PerceptronTrainer
{
    public sealed record Settings(int Iterations = 8, uint Seed = 20261204, double MinimumWeight = 0.0);

    public static byte[] Train(IReadOnlyList<NerSentence> sentences, string sourcesHash, Settings settings)
    {
        var labels = NerLabel.Count;
        var index = new Dictionary<ulong, int>();
        var weights = new List<int>();
        var totals = new List<long>();
        var stamps = new List<int>();
        var step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = settings.Seed;
        Span<ulong> features = stackalloc ulong[NerFeatures.Count];
        Span<float> scores = stackalloc float[labels];

        void Update(ReadOnlySpan<ulong> fs, int label, int delta)
        {
            foreach (var f in fs)
            {
                if (!index.TryGetValue(f, out var row))
                {
                    row = index[f] = weights.Count / labels;
                    for (var l = 0; l < labels; l++) { weights.Add(0); totals.Add(0); stamps.Add(0); }
                }
                var at = row * labels + label;
                totals[at] += (long)(step - stamps[at]) * weights[at];
                stamps[at] = step;
                weights[at] += delta;
            }
        }

        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                random = random * 1664525 + 1013904223;
                var j = (int)(random % (uint)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var infos = NerFeatures.Describe(sentence.Text, sentence.Tokens, sentence.KnownOrganizations);
                int previous = NerLabel.Outside, beforePrevious = NerLabel.Outside;
                for (var t = 0; t < infos.Length; t++, step++)
                {
                    var gold = sentence.Labels[t];
                    int guess;
                    if (NerDecoding.IsSkipped(infos[t], previous)) guess = NerLabel.Outside;
                    else
                    {
                        NerFeatures.Static(infos, t, features);
                        NerFeatures.Dynamic(infos, t, previous, beforePrevious, features);
                        scores.Clear();
                        foreach (var f in features)
                            if (index.TryGetValue(f, out var row))
                                for (var l = 0; l < labels; l++) scores[l] += weights[row * labels + l];
                        guess = NerDecoding.Best(scores, infos[t], previous);
                        if (guess != gold && NerDecoding.IsAllowed(gold, infos[t], previous))
                        {
                            Update(features, gold, 1);
                            Update(features, guess, -1);
                        }
                    }
                    beforePrevious = previous;
                    previous = guess;
                }
            }
        }

        var rows = new List<(ulong Key, double[] Weights)>();
        foreach (var (key, row) in index.OrderBy(kv => kv.Key))
        {
            var averaged = new double[labels];
            var keep = false;
            for (var l = 0; l < labels; l++)
            {
                var at = row * labels + l;
                averaged[l] = (totals[at] + (long)(step - stamps[at]) * weights[at]) / (double)step * 1000;
                keep |= Math.Abs(averaged[l]) >= settings.MinimumWeight;
            }
            if (keep) rows.Add((key, averaged));
        }
        var header = JsonSerializer.Serialize(new
        {
            sources = sourcesHash,
            settings.Iterations,
            settings.Seed,
            settings.MinimumWeight,
            sentences = sentences.Count,
            labels = NerLabel.Names,
        });
        return PerceptronModel.Write(header, labels, rows);
    }
}
