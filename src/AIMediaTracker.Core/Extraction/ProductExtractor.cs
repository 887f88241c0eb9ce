using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds AI models and products from the curated list, with their makers.</summary>
public static partial class ProductExtractor
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

    // "Claude" is Anthropic's model, but "Claude Lelouch" is a film-maker, and « racontent Claude, Dominique
    // et Sacha » are three people.
    private static bool IsPersonsGivenName(string text, Span span)
    {
        if (!Gazetteer.IsGivenName(text[span.Start..span.End])) return false;
        var next = span.End;
        if (next + 1 < text.Length && text[next] == ' ' && char.IsUpper(text[next + 1])) return true;
        return ListedGivenName().Match(text, next) is { Success: true } after && Gazetteer.IsGivenName(after.Groups[1].Value)
            || GivenNameListedBefore().Match(text, Math.Max(0, span.Start - ListReach), Math.Min(ListReach, span.Start)) is { Success: true } before && Gazetteer.IsGivenName(before.Groups[1].Value);
    }

    // A given name is at most this long, with its comma or « et » (« Marie-Christine et »).
    private const int ListReach = 40;

    [GeneratedRegex(@"\G(?:,|\s+et)\s+(\p{Lu}[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListedGivenName();

    [GeneratedRegex(@"(?<![\p{L}-])(\p{Lu}[\p{L}-]+)(?:,|\s+et)\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex GivenNameListedBefore();
}
