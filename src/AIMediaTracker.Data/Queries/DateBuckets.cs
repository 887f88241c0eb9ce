namespace AIMediaTracker.Data.Queries;

/// <summary>Days counted by week (starting on Monday) or by month: the screens' coverage series. Web names the periods in the reader's language.</summary>
public static class DateBuckets
{
    public static DateOnly Week(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>How many days fall in each period, oldest period first; periods without a day are left out.</summary>
    public static IReadOnlyList<DatedCount> Count(IEnumerable<DateOnly> days, Func<DateOnly, DateOnly> period) =>
        Count(days.Select(d => (d, 1)), period);

    /// <summary>The same, from days already counted (grouped in the database).</summary>
    public static IReadOnlyList<DatedCount> Count(IEnumerable<(DateOnly Day, int Count)> days, Func<DateOnly, DateOnly> period) =>
        days.GroupBy(d => period(d.Day)).OrderBy(g => g.Key).Select(g => new DatedCount(g.Key, g.Sum(d => d.Count))).ToList();
}

/// <summary>A count over the period starting on <see cref="Start"/> (a week's Monday, a month's first day).</summary>
public sealed record DatedCount(DateOnly Start, int Count);
