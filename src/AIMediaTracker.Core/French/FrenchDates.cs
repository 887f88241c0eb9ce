namespace AIMediaTracker.Core.French;

/// <summary>
/// French calendar words (months, weekdays) and the regex fragments built from them,
/// so every date pattern spells the months the same way.
/// </summary>
public static class FrenchDates
{
    /// <summary>Full month names, accented or not (scraped text often loses accents).</summary>
    public const string MonthName =
        @"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";

    /// <summary>Abbreviations with their dot; only trusted next to a day or a year.</summary>
    public const string MonthAbbreviation = @"janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.";

    public const string WeekdayName = @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    /// <summary>A plausible year: 1900 to 2099.</summary>
    public const string Year = @"(?:19|20)\d{2}";

    /// <summary>1 to 12 for a French month name or abbreviation, else null.</summary>
    public static int? MonthNumber(string word)
    {
        var w = Text.FrenchTypography.Key(word).TrimEnd('.');
        return w switch
        {
            "janvier" or "janv" => 1,
            "fevrier" or "fevr" or "fev" => 2,
            "mars" => 3,
            "avril" or "avr" => 4,
            "mai" => 5,
            "juin" => 6,
            "juillet" or "juil" => 7,
            "aout" => 8,
            "septembre" or "sept" => 9,
            "octobre" or "oct" => 10,
            "novembre" or "nov" => 11,
            "decembre" or "dec" => 12,
            _ => null,
        };
    }

    public static DayOfWeek? Weekday(string word) => word.ToLowerInvariant() switch
    {
        "lundi" => DayOfWeek.Monday,
        "mardi" => DayOfWeek.Tuesday,
        "mercredi" => DayOfWeek.Wednesday,
        "jeudi" => DayOfWeek.Thursday,
        "vendredi" => DayOfWeek.Friday,
        "samedi" => DayOfWeek.Saturday,
        "dimanche" => DayOfWeek.Sunday,
        _ => null,
    };

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Iso(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(int year, int month) => $"{Iso(year)}-{month:D2}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
