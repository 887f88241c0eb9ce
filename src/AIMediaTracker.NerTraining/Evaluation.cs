using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;

namespace AIMediaTracker.NerTraining;

/// <summary>Strict span scores of a model on a ner-fr JSONL file (PER, ORG, LOC), for choosing settings.</summary>
public static class Evaluation
{
    public static void Print(PerceptronModel model, string path, TextWriter output)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        foreach (var sentence in HipeSentences.Read(path))
        {
            var gold = Entities(sentence);
            var found = NerTagger.Tag(model, sentence.Text, [new Span(0, sentence.Text.Length)], sentence.KnownOrganizations)
                .Select(e => (e.Span, e.Type)).ToHashSet();
            foreach (var type in new[] { "PER", "ORG", "LOC" })
            {
                var c = counts.GetValueOrDefault(type);
                var g = gold.Where(e => e.Type == type).ToHashSet();
                var f = found.Where(e => e.Type == type).ToHashSet();
                var tp = g.Intersect(f).Count();
                counts[type] = (c.Tp + tp, c.Fp + f.Count - tp, c.Fn + g.Count - tp);
            }
        }
        foreach (var (type, (tp, fp, fn)) in counts)
        {
            var p = tp / Math.Max(1.0, tp + fp);
            var r = tp / Math.Max(1.0, tp + fn);
            output.WriteLine($"{type}  tp {tp} fp {fp} fn {fn}  P {p:F3} R {r:F3} F1 {2 * p * r / Math.Max(1e-9, p + r):F3}");
        }
    }

    private static List<(Span Span, string Type)> Entities(NerSentence sentence)
    {
        var list = new List<(Span, string)>();
        for (var i = 0; i < sentence.Labels.Length; i++)
        {
            if (!NerLabel.IsBegin(sentence.Labels[i])) continue;
            var end = i;
            while (end + 1 < sentence.Labels.Length && NerLabel.Continues(sentence.Labels[end + 1], sentence.Labels[end])) end++;
            list.Add((new Span(sentence.Tokens[i].Start, sentence.Tokens[end].End), NerLabel.Type(sentence.Labels[i])));
        }
        return list;
    }
}
