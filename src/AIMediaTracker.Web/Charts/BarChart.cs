using System.Globalization;

namespace AIMediaTracker.Web.Charts;

public sealed record Bar(string Label, double Value, string Display, string? Href);

/// <summary>
/// A horizontal bar chart drawn on the server as HTML rows: readable without JavaScript, each bar a
/// link. Labels and values are text of the page, not of an SVG drawing, so on a phone they keep the
/// page's font size and wrap above their bar instead of shrinking with the drawing.
/// </summary>
/// <param name="Note">Said under the bars, already in the reader's language: what the total holds that no bar shows.</param>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars, string EmptyText, string? Note = null)
{
    public double Max => Bars.Count == 0 ? 1 : Math.Max(1e-9, Bars.Max(b => b.Value));

    /// <summary>The bar's length in percent of the longest, at least a sliver so a small value stays visible.</summary>
    public string Percent(Bar bar) => Math.Max(0.5, 100 * bar.Value / Max).ToString("0.#", CultureInfo.InvariantCulture);
}
