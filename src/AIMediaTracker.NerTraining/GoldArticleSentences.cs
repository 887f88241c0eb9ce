using System.Text.Json;
using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.NerTraining;

/// <summary>
/// Training sentences from the project's dev set (shared/corpus/news-fr, gold per article): the
/// gold names and aliases of organisations and people are found back in the article's text, and
/// the places of Data/places.txt are marked as places, so the model also sees modern news.
/// </summary>
public static class GoldArticleSentences
{
    public static IEnumerable<NerSentence> Read(string goldPath, string articlePath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        if (!DocumentReader.TryGetFormat(articlePath, out var format)) throw new InvalidDataException(articlePath);
        var text = ArticleText.From(DocumentReader.Read(File.ReadAllBytes(articlePath), format).FullText);
        var forms = new List<(string Form, string Type)>();
        foreach (var (field, type) in new[] { ("organizations", "ORG"), ("people", "PER") })
            foreach (var entry in gold.RootElement.GetProperty(field).EnumerateArray())
            {
                forms.Add((entry.GetProperty("name").GetString()!, type));
                foreach (var alias in entry.GetProperty("aliases").EnumerateArray()) forms.Add((alias.GetString()!, type));
            }
        forms.AddRange(Gazetteer.Places.Select(p => (p, "LOC")));

        var matchable = text.Matchable;
        var found = new List<(Span Span, string Type)>();
        foreach (var (form, type) in forms.Select(f => (FrenchTypography.Fold(f.Form), f.Type)).Distinct().OrderByDescending(f => f.Item1.Length).ThenBy(f => f.Item1, StringComparer.Ordinal))
        {
            if (form.Length < 2) continue;
            for (var i = matchable.IndexOf(form, StringComparison.Ordinal); i >= 0; i = matchable.IndexOf(form, i + 1, StringComparison.Ordinal))
            {
                var span = new Span(i, i + form.Length);
                if (!IsWord(matchable, span) || found.Any(f => f.Span.Overlaps(span))) continue;
                found.Add((span, type));
            }
        }
        foreach (var sentence in text.Sentences)
            yield return TrainingLabels.Sentence(matchable, sentence, found.Where(f => f.Span.Start >= sentence.Start && f.Span.End <= sentence.End));
    }

    private static bool IsWord(string text, Span span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1]))
        && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]));
}
