using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds organisations: gazetteer names and aliases, elided or glued forms included.</summary>
public static class OrganizationExtractor
{
    public static IReadOnlyList<OrganizationFact> Extract(ArticleText text)
    {
        var found = new Dictionary<string, (GazetteerEntry Entry, List<Span> Spans)>();
        foreach (var entry in Gazetteer.Organizations)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                // A name may follow another word with no space in badly scraped text ("BloombergL'OpenAI"),
                // so the left boundary accepts an elision or a lowercase-to-uppercase join.
                var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:[ldjqsnLDJQSN]u?'|qu')?({Regex.Escape(form)})(?![\p{{L}}\p{{N}}])";
                foreach (Match m in Regex.Matches(text.Matchable, pattern))
                {
                    var g = m.Groups[1];
                    if (!found.TryGetValue(entry.Name, out var hit))
                        found[entry.Name] = hit = (entry, []);
                    hit.Spans.Add(new Span(g.Index, g.Index + g.Length));
                }
            }
        }
        return found.Values
            .Select(h => new OrganizationFact(h.Entry.Name, h.Entry.Kind, h.Spans.OrderBy(s => s.Start).ToList()))
            .OrderBy(o => o.Mentions[0].Start)
            .ToList();
    }
}
