namespace AIMediaTracker.Core.French;

/// <summary>
/// Turns relative French date expressions into calendar values, seen from the day the
/// article was published. News prose mostly looks back ("a annoncé lundi", "en mars"),
/// so the default direction is the past; callers say when the text points forward.
/// </summary>
public static class RelativeDates
{
    /// <summary>The weekday nearest before (or on) <paramref name="published"/>, or after it when <paramref name="forward"/>.</summary>
    public static DateOnly Weekday(DateOnly published, DayOfWeek day, bool forward = false, bool strict = false)
    {
        if (forward)
        {
            var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(ahead == 0 ? 7 : ahead);
        }
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strict) back = 7;
        return published.AddDays(-back);
    }

    /// <summary>
    /// The year of a month named without one: the latest such month up to the publication
    /// month ("en mars" in May 2024 is March 2024), strictly before it for "décembre dernier",
    /// and the next one for "mars prochain".
    /// </summary>
    public static int YearOfMonth(DateOnly published, int month, bool forward = false, bool strict = false)
    {
        if (forward) return month > published.Month || (month == published.Month && !strict) ? published.Year : published.Year + 1;
        return month < published.Month || (month == published.Month && !strict) ? published.Year : published.Year - 1;
    }

    /// <summary>The year of a day and month given without one: whichever lies within six months of publication.</summary>
    public static int YearOfDay(DateOnly published, int month, int day)
    {
        foreach (var year in new[] { published.Year, published.Year - 1, published.Year + 1 })
        {
            if (!FrenchDates.IsValidDay(year, month, day)) continue;
            var distance = new DateOnly(year, month, day).DayNumber - published.DayNumber;
            if (Math.Abs(distance) <= 183) return year;
        }
        return published.Year;
    }

    /// <summary>The month <paramref name="offset"/> months away from publication, as (year, month).</summary>
    public static (int Year, int Month) MonthFrom(DateOnly published, int offset)
    {
        var shifted = published.AddMonths(offset);
        return (shifted.Year, shifted.Month);
    }
}
