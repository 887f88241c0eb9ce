namespace AIMediaTracker.Data.Queries;

/// <summary>
/// A figure's address on its article's page (<c>/articles/12#fig-340</c>): the figure's character offset
/// in the stored text. The text is stored once and never changes, so the anchor is the same after
/// re-extraction (which replaces the figure rows and their ids), after a restore and after importing the
/// same file into another database, as long as the extractor finds the figure at the same place.
/// </summary>
public static class FigureAnchor
{
    public static string Of(int start) => $"fig-{start}";
}
