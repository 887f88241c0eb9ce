using System.Globalization;
using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Content;

/// <summary>Reads the date out of a page's date stamp: ISO first, then day-first and written French, English or German dates.</summary>
internal static partial class PublicationDate
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["januar"] = 1, ["februar"] = 2, ["märz"] = 3, ["juni"] = 6, ["juli"] = 7, ["oktober"] = 10, ["dezember"] = 12,
        ["janv"] = 1, ["févr"] = 2, ["avr"] = 4, ["juil"] = 7, ["déc"] = 12,
    };

    [GeneratedRegex(@"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:er)?\.?\s+([A-Za-zÀ-ÿ]{3,9})\.?\s+((?:19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^((?:19|20)\d\d)(\d\d)(\d\d)")]
    private static partial Regex Compact();

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (Iso().Match(s) is { Success: true } iso) return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        if (Compact().Match(s) is { Success: true } compact) return Make(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value);
        if (DayFirst().Match(s) is { Success: true } dmy) return Make(dmy.Groups[3].Value, dmy.Groups[2].Value, dmy.Groups[1].Value);
        if (DayMonthYear().Match(s) is { Success: true } written && Months.TryGetValue(written.Groups[2].Value, out var m1))
            return Make(written.Groups[3].Value, m1.ToString(CultureInfo.InvariantCulture), written.Groups[1].Value);
        if (MonthDayYear().Match(s) is { Success: true } us && Months.TryGetValue(us.Groups[1].Value, out var m2))
            return Make(us.Groups[3].Value, m2.ToString(CultureInfo.InvariantCulture), us.Groups[2].Value);
        return null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
