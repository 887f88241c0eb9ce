using System.Text.RegularExpressions;

namespace AIMediaTracker.Web.Pages;

/// <summary>
/// A correction's stored sentence as the reader sees it: the figure kinds, bases and grades it names by
/// their stored codes (« type jobs_lost → jobs_at_risk ») read as their labels in the reader's language.
/// </summary>
public static partial class CorrectionText
{
    public static string Show(string detail) => Code().Replace(detail, m => Label(m.Value) ?? m.Value);

    private static string? Label(string code) =>
        FigureLabels.Kinds.Contains(code) ? FigureLabels.Kind(code)
        : FigureLabels.Bases.Contains(code) ? FigureLabels.Basis(code)
        : ClaimLabels.Grades.Contains(code) ? ClaimLabels.Grade(code)
        : null;

    // A lower-case word with underscores, or one of the plain codes: « (jobs_at_risk) », « → projected ».
    [GeneratedRegex(@"(?<![\p{L}_])[a-z]+(?:_[a-z]+)*(?![\p{L}_])")]
    private static partial Regex Code();
}
