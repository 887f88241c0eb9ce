using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// One figure per distinct fact. Repeats of a kind, unit and value merge into the first
/// mention, which borrows sector, region, year, attribution and subject from later ones; a
/// repeat whose kind was only a default for its unit yields to a mention whose kind a cue
/// backs. A headline is not a second claim: a figure the body states again takes the body's
/// sentence as its evidence and the body's reading of its kind.
/// </summary>
internal static class FigureMerger
{
    public static IReadOnlyList<FigureFact> Merge(List<(FigureFact Fact, bool FromCue)> facts, Func<Span, bool> inTitle, Func<FigureFact, bool> subjectNamed)
    {
        var merged = new List<FigureFact>();
        var index = new Dictionary<(FigureKind, string, decimal), List<int>>();
        // « 12 000 emplois impactés » beside « 12 000 postes supprimés »: the same jobs, read more precisely.
        bool YieldsToPreciser(FigureFact fact, bool fromCue) =>
            !fromCue && facts.Exists(o => o.FromCue && o.Fact.Unit == fact.Unit && o.Fact.Value == fact.Value)
            || fact.Kind == FigureKind.JobsAffected && facts.Exists(o => o.Fact.Unit == fact.Unit && o.Fact.Value == fact.Value && IsPreciseJobKind(o.Fact.Kind));
        foreach (var (fact, fromCue) in facts)
        {
            if (YieldsToPreciser(fact, fromCue)) continue;
            // The headline's « deux cent mille suppressions » is the body's « 200 000 emplois pourraient s'évaporer »,
            // unless the body's words yield to the headline's (« 150 postes menacés » over « seraient concernés »).
            if (inTitle(fact.Span) && facts.Exists(o => !inTitle(o.Fact.Span) && o.Fact.Unit == fact.Unit && o.Fact.Value == fact.Value
                    && o.Fact.Kind != fact.Kind && !YieldsToPreciser(o.Fact, o.FromCue))) continue;
            var key = (fact.Kind, fact.Unit, fact.Value);
            if (!index.TryGetValue(key, out var same)) index[key] = same = [];
            // « Onclusive supprime 200 postes… IBM a annoncé la suppression de 200 emplois »: one number, two firms'
            // cuts. A repeat whose own sentence names another subject is another claim; a subject only carried
            // from earlier sentences is no sign of one.
            var at = same.FindIndex(i => !subjectNamed(fact) || merged[i].Subject is null || Same(merged[i].Subject!, fact.Subject!));
            if (at >= 0)
            {
                at = same[at];
                var first = merged[at];
                var evidence = inTitle(first.Span) && !inTitle(fact.Span) ? fact : first;
                var other = evidence == fact ? first : fact;
                merged[at] = evidence with
                {
                    Sector = evidence.Sector ?? other.Sector,
                    Region = evidence.Region ?? other.Region,
                    Year = evidence.Year ?? other.Year,
                    Approximate = first.Approximate || fact.Approximate,
                    Attribution = evidence.Attribution ?? other.Attribution,
                    // The body's sentence is the evidence, but a subject it only carries yields to one the headline names.
                    Subject = !subjectNamed(evidence) && subjectNamed(other) ? other.Subject : evidence.Subject ?? other.Subject,
                };
                continue;
            }
            same.Add(merged.Count);
            merged.Add(fact);
        }
        return ClaimsForHeadlines(merged, inTitle);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsPreciseJobKind(FigureKind kind) =>
        kind is FigureKind.JobsLost or FigureKind.JobsAtRisk or FigureKind.JobsCreated;

    // « 186 journalistes virés » in the headline is the lede's « 186 suppressions de postes »:
    // a headline figure the body gives in another unit is credited as the body credits it.
    private static IReadOnlyList<FigureFact> ClaimsForHeadlines(List<FigureFact> merged, Func<Span, bool> inTitle)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            var headline = merged[i];
            if (!inTitle(headline.Span)) continue;
            var body = merged.Find(o => !inTitle(o.Span) && o.Value == headline.Value);
            if (body is null) continue;
            merged[i] = headline with
            {
                Basis = body.Basis,
                Attribution = headline.Attribution ?? body.Attribution,
                Subject = headline.Subject ?? body.Subject,
            };
        }
        return merged;
    }
}
