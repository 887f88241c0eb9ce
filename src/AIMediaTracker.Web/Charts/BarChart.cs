namespace AIMediaTracker.Web.Charts;

public sealed record Bar(string Label, double Value, string Display, string? Href);

/// <summary>A horizontal bar chart drawn as SVG on the server: readable without JavaScript, each bar a link.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars, string EmptyText)
{
    public const int Width = 560;
    public const int RowHeight = 26;
    public const int LabelWidth = 200;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + 4;

    public double Max => Bars.Count == 0 ? 1 : Math.Max(1e-9, Bars.Max(b => b.Value));

    public double BarWidth(Bar bar) => Math.Max(2, (Width - LabelWidth - 90) * bar.Value / Max);

    public static string Shorten(string label, int max = 28) => label.Length <= max ? label : label[..(max - 1)] + "…";
}
