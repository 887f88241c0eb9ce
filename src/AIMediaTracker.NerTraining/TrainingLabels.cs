using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;

namespace AIMediaTracker.NerTraining;

/// <summary>
/// Turns gold spans into one BIO label per token. A span is cut to the name itself, since that is
/// what the extractors report: HIPE puts titles and appositions inside people's spans
/// ("M. Hagenbeck, le célèbre marchand"), so leading titles or lower-case words and anything from
/// the first comma are left outside.
/// </summary>
public static class TrainingLabels
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "Monsieur", "Madame", "Mademoiselle",
    };

    public static NerSentence Sentence(string text, Span sentence, IEnumerable<(Span Span, string Type)> entities)
    {
        var tokens = NerToken.Split(text, sentence.Start, sentence.End);
        var labels = new int[tokens.Count];
        foreach (var (span, type) in entities)
        {
            var inside = Enumerable.Range(0, tokens.Count)
                .Where(i => tokens[i].Start >= span.Start && tokens[i].End <= span.End).ToList();
            var first = inside.FindIndex(i => StartsName(text, tokens, i));
            if (first < 0) continue;
            inside = inside.Skip(first).TakeWhile(i => text[tokens[i].Start] is not (',' or ';' or '(')).ToList();
            while (inside.Count > 0 && !char.IsLetterOrDigit(text[tokens[inside[^1]].Start])) inside.RemoveAt(inside.Count - 1);
            if (inside.Count == 0) continue;
            labels[inside[0]] = NerLabel.Begin(type);
            foreach (var i in inside.Skip(1)) labels[i] = NerLabel.Begin(type) + 1;
        }
        var words = WordTokenizer.Tokenize(text);
        var known = Gazetteer.OrganizationPhrases.FindAll(text, words)
            .Select(m => m.Span).Where(s => s.Start >= sentence.Start && s.End <= sentence.End).OrderBy(s => s.Start).ToList();
        return new NerSentence(text, tokens, labels, known);
    }

    private static bool StartsName(string text, List<NerToken> tokens, int i)
    {
        var t = tokens[i];
        var word = text[t.Start..t.End];
        if (!word.Any(char.IsUpper) || Titles.Contains(word)) return false;
        return !(i + 1 < tokens.Count && text[tokens[i + 1].Start] == '.' && word.Length <= 3 && CapitalizedStopwords.Contains(word));
    }
}
