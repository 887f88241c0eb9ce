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
    // The horizons of the last sentence read: its figures ask for it, then the walk passes it.
    private Span cached = new(-1, -1);
    private List<(int Index, int Year, bool Forward)> cachedHorizons = [];

    /// <param name="statementDatesAside">For a projection: a year that dates the statement (« En 2023, X publiait… ») is not its horizon.</param>
    public int? YearFor(Span sentence, int figureStart, bool statementDatesAside = false)
    {
        var sentences = text.Sentences;
        while (next < sentences.Count && sentences[next].Start < sentence.Start)
        {
            var s = sentences[next++];
            lastHorizon = FigureContext.ForwardYear(HorizonsOf(s)) ?? lastHorizon;
        }
        var horizons = HorizonsOf(sentence);
        if (statementDatesAside) horizons = horizons.Where(h => !FigureContext.DatesAStatement(text.Matchable, h.Index)).ToList();
        return FigureContext.Year(text.Matchable, sentence.Start, sentence.End, horizons, figureStart, lastHorizon);
    }

    private List<(int Index, int Year, bool Forward)> HorizonsOf(Span sentence)
    {
        if (sentence != cached)
        {
            cachedHorizons = FigureContext.Horizons(text.Matchable, sentence.Start, sentence.End);
            cached = sentence;
        }
        return cachedHorizons;
    }
}
