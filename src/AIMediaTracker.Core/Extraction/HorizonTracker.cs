using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Walks an article's sentences in order, remembering the last horizon named, so that
/// "dans le même laps de temps" can resolve to the "d'ici 2026" of an earlier sentence.
/// Figures must be asked for in text order.
/// </summary>
internal sealed class HorizonTracker(ArticleText text)
{
    private int next;
    private int? lastHorizon;
    // The horizons of the last sentence read: its figures ask for it, then the walk passes it. Those a projection may
    // have are read once its first figure asks.
    private Span cached = new(-1, -1);
    private List<(int Index, int Year, bool Forward)> cachedHorizons = [];
    private List<(int Index, int Year, bool Forward)>? projectionHorizons;

    /// <summary>
    /// The figure's year, and the year it has if it is a projection: a year that dates the statement (« En 2023, X
    /// publiait… ») is not a projection's horizon. The basis is read later, so both are given.
    /// </summary>
    public (int? Year, int? AsProjection) YearsFor(Span sentence, int figureStart)
    {
        var sentences = text.Sentences;
        while (next < sentences.Count && sentences[next].Start < sentence.Start)
        {
            var s = sentences[next++];
            lastHorizon = FigureContext.ForwardYear(HorizonsOf(s)) ?? lastHorizon;
        }
        var horizons = HorizonsOf(sentence);
        projectionHorizons ??= horizons.Exists(DatesAStatement) ? horizons.Where(h => !DatesAStatement(h)).ToList() : horizons;
        var year = FigureContext.Year(text.Matchable, sentence.Start, sentence.End, horizons, figureStart, lastHorizon);
        return (year, projectionHorizons == horizons ? year
            : FigureContext.Year(text.Matchable, sentence.Start, sentence.End, projectionHorizons, figureStart, lastHorizon));
    }

    private bool DatesAStatement((int Index, int Year, bool Forward) horizon) => FigureContext.DatesAStatement(text.Matchable, horizon.Index);

    private List<(int Index, int Year, bool Forward)> HorizonsOf(Span sentence)
    {
        if (sentence != cached)
        {
            cachedHorizons = FigureContext.Horizons(text.Matchable, sentence.Start, sentence.End);
            cached = sentence;
            projectionHorizons = null;
        }
        return cachedHorizons;
    }
}
