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

    public int? YearFor(Span sentence, int figureStart)
    {
        var sentences = text.Sentences;
        while (next < sentences.Count && sentences[next].Start < sentence.Start)
        {
            var s = sentences[next++];
            lastHorizon = FigureContext.ForwardYear(text.Matchable, s.Start, s.End) ?? lastHorizon;
        }
        return FigureContext.Year(text.Matchable, sentence.Start, sentence.End, figureStart, lastHorizon);
    }
}
