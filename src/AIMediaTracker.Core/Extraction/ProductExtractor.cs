using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds AI models and products from the curated list, with their makers.</summary>
public static class ProductExtractor
{
    public static IReadOnlyList<ProductFact> Extract(ArticleText text)
    {
        var matchable = text.Matchable;
        var tokens = text.Words;
        var byName = new Dictionary<string, (ProductEntry Entry, List<Span> Spans)>(StringComparer.Ordinal);
        foreach (var (span, entry) in Gazetteer.ProductPhrases.FindAll(matchable, tokens))
        {
            if (IsPersonsGivenName(matchable, span)) continue;
            if (!byName.TryGetValue(entry.Name, out var hit)) byName[entry.Name] = hit = (entry, []);
            hit.Spans.Add(span);
        }
        return byName.Values
            .Select(h => new ProductFact(h.Entry.Name, h.Entry.Organization, h.Spans))
            .OrderBy(p => p.Mentions[0].Start)
            .ToList();
    }

    // "Claude" is Anthropic's model, but "Claude Lelouch" is a film-maker.
    private static bool IsPersonsGivenName(string text, Span span)
    {
        if (!Gazetteer.IsGivenName(text[span.Start..span.End])) return false;
        var next = span.End;
        if (next + 1 >= text.Length || text[next] != ' ') return false;
        return char.IsUpper(text[next + 1]);
    }
}
