using System.Diagnostics;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Ner;

/// <summary>
/// Tags people, organisations and places in an article with the embedded perceptron model
/// (Data/ner-fr.model, rebuilt by the AIMediaTracker.NerTraining command). Pure: the model is
/// part of the assembly, nothing is fetched.
/// </summary>
public static class NerTagger
{
    public const string ModelFile = "ner-fr.model";

    private static readonly Lazy<(PerceptronModel Model, TimeSpan LoadTime, long Bytes)> Loaded = new(Load);

    public static PerceptronModel Model => Loaded.Value.Model;

    /// <summary>How long reading the model took, and the managed memory it allocated.</summary>
    public static (TimeSpan LoadTime, long Bytes) LoadCost => (Loaded.Value.LoadTime, Loaded.Value.Bytes);

    public static List<NerEntity> Tag(ArticleText text, IReadOnlyList<Span> knownOrganizations) =>
        Tag(Model, text.Matchable, text.Sentences, knownOrganizations);

    public static List<NerEntity> Tag(PerceptronModel model, string text, IReadOnlyList<Span> sentences, IReadOnlyList<Span> knownOrganizations)
    {
        var found = new List<NerEntity>();
        Span<ulong> features = stackalloc ulong[NerFeatures.Count];
        Span<float> scores = stackalloc float[model.Labels];
        var known = knownOrganizations.OrderBy(s => s.Start).ToList();
        // One token list and one feature buffer for the whole article, grown as sentences need.
        var tokens = new List<NerToken>();
        var buffer = new NerTokenInfo[64];
        foreach (var sentence in sentences)
        {
            NerToken.Split(text, sentence.Start, sentence.End, tokens);
            if (tokens.Count == 0) continue;
            if (buffer.Length < tokens.Count) buffer = new NerTokenInfo[Math.Max(tokens.Count, buffer.Length * 2)];
            var infos = buffer.AsSpan(0, tokens.Count);
            // A token is described only when the decoder reads it: scored, or beside one that is (the
            // features read two tokens on each side). Lower-case words outside a name are most of a
            // text and are not scored (NerDecoding.IsSkipped), so most are never described. Windows
            // move forward, so tokens are described in increasing order, as Describe needs.
            int described = 0, org = 0;
            int previous = NerLabel.Outside, beforePrevious = NerLabel.Outside;
            int start = -1, type = 0;
            var margin = 0f;
            for (var t = 0; t <= tokens.Count; t++)
            {
                var label = NerLabel.Outside;
                var labelMargin = 0f;
                if (t < tokens.Count && !NerDecoding.IsSkipped(NerFeatures.HasUpper(text, tokens[t]), previous))
                {
                    var last = Math.Min(t + 2, tokens.Count - 1);
                    for (var k = Math.Max(described, t - 2); k <= last; k++) infos[k] = NerFeatures.Describe(text, tokens, k, known, ref org);
                    described = Math.Max(described, last + 1);
                    NerFeatures.Static(infos, t, features);
                    NerFeatures.Dynamic(infos, t, previous, beforePrevious, features);
                    scores.Clear();
                    model.Score(features, scores);
                    label = NerDecoding.Best(scores, infos[t], previous);
                    labelMargin = scores[label] - scores[NerLabel.Outside];
                }
                if (start >= 0 && !NerLabel.Continues(label, previous))
                {
                    found.Add(new NerEntity(new Span(tokens[start].Start, tokens[t - 1].End), NerLabel.Type(type), margin));
                    start = -1;
                }
                if (NerLabel.IsBegin(label)) { start = t; type = label; margin = labelMargin; }
                beforePrevious = previous;
                previous = label;
            }
        }
        return found;
    }

    private static (PerceptronModel, TimeSpan, long) Load()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        using var stream = Gazetteer.OpenResource(ModelFile);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var model = PerceptronModel.Read(copy.ToArray());
        return (model, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
