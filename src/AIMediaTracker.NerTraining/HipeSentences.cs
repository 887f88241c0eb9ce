using System.Text.Json;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.NerTraining;

/// <summary>
/// Training sentences from the ner-fr JSONL files (HIPE-2022 newseye, Europeana): one record per
/// sentence with PER/ORG/LOC/MISC spans. MISC (media titles, doctrines) is left outside.
/// </summary>
public static class HipeSentences
{
    public static IEnumerable<NerSentence> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var text = FrenchTypography.Fold(json.RootElement.GetProperty("text").GetString()!);
            var entities = new List<(Span Span, string Type)>();
            foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
            {
                var type = e.GetProperty("label").GetString()!;
                if (type is "PER" or "ORG" or "LOC")
                    entities.Add((new Span(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), type));
            }
            yield return TrainingLabels.Sentence(text, new Span(0, text.Length), entities);
        }
    }
}
