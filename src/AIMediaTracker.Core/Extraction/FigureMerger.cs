using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// One figure per distinct fact. Repeats of a kind, unit and value merge into the first
/// mention, which borrows sector, region and year from later ones; a repeat whose kind
/// was only a default for its unit yields to a mention whose kind a cue backs.
/// </summary>
internal static class FigureMerger
{
    public static IReadOnlyList<FigureFact> Merge(List<(FigureFact Fact, bool FromCue)> facts)
    {
        var merged = new List<FigureFact>();
        var index = new Dictionary<(FigureKind, string, decimal), int>();
        foreach (var (fact, fromCue) in facts)
        {
            if (!fromCue && facts.Exists(o => o.FromCue && o.Fact.Unit == fact.Unit && o.Fact.Value == fact.Value)) continue;
            var key = (fact.Kind, fact.Unit, fact.Value);
            if (index.TryGetValue(key, out var at))
            {
                var first = merged[at];
                merged[at] = first with
                {
                    Sector = first.Sector ?? fact.Sector,
                    Region = first.Region ?? fact.Region,
                    Year = first.Year ?? fact.Year,
                    Approximate = first.Approximate || fact.Approximate,
                };
                continue;
            }
            index[key] = merged.Count;
            merged.Add(fact);
        }
        return merged;
    }
}
