using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// The figures that make claims: not "other", in an original article (near-duplicates have no
/// figures of their own), written in French or of unknown language, so that statistics stay on the
/// French coverage the tracker follows. Not the upper end of a range: « 4 000 à 6 000 postes » is one
/// statement, and as two claims the dashboard added both ends up; the claim is the lower end, its
/// sentence shows the range.
/// </summary>
internal static class LedgerFigures
{
    /// <summary>The eligible ones among <paramref name="figures"/>, filtered before the projection so the filter stays SQL.</summary>
    public static IQueryable<LedgerFigure> Eligible(IQueryable<Figure> figures) =>
        figures.Where(f => f.Kind != "other" && !f.ClosesRange && f.Article!.DuplicateOfId == null
                && (f.Article.Language == null || f.Article.Language.StartsWith("fr")))
            .Select(f => new LedgerFigure(f.Id, f.ArticleId, f.Kind, f.Unit, f.Basis, f.Value, f.Approximate,
                f.Sector, f.Year, f.Attribution, f.Subject, f.Article!.PublishedAt));
}
