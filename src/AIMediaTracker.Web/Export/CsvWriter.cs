using System.Text;

namespace AIMediaTracker.Web.Export;

/// <summary>
/// CSV for French spreadsheets: UTF-8 with a BOM (so accents survive Excel), ';' between fields (the
/// comma is the French decimal separator), quotes doubled, and cells that a spreadsheet would run as
/// a formula (starting with = + - @) prefixed with an apostrophe: article text is untrusted.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder sb = new("\uFEFF");

    public CsvWriter Row(params object?[] cells)
    {
        sb.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
        return this;
    }

    public override string ToString() => sb.ToString();

    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
