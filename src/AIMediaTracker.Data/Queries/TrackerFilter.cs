using System.Globalization;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// The filters every screen shares, as they appear in the query string
/// (<c>?org=openai&amp;from=2024-01&amp;to=2024-06&amp;sector=cinéma</c>) so a view can be bookmarked.
/// <see cref="Lang"/> null keeps the French articles only, the statistics' scope; <see cref="AllLanguages"/>
/// lets every language through.
/// </summary>
public sealed record TrackerFilter(string? Org = null, string? From = null, string? To = null, string? Sector = null, string? Lang = null)
{
    public const string AllLanguages = "all";

    public static readonly TrackerFilter None = new();

    public bool IsEmpty => Org is null && From is null && To is null && Sector is null && Lang is null;

    /// <summary>First day of the <see cref="From"/> month, when it parses ("2024-01" or "2024-01-15").</summary>
    public DateOnly? FromDay => ParseMonth(From);

    /// <summary>Last day of the <see cref="To"/> month, or of its year when only a year is given (« to=2024 » ends on 31 December).</summary>
    public DateOnly? ToDay => ParseMonth(To) is not { } d ? null
        : To!.Trim().Length == 4 ? new DateOnly(d.Year, 12, 31)
        : d.AddMonths(1).AddDays(-1);

    /// <summary>A month as the query string gives it: « 2024-03 ».</summary>
    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? ParseMonth(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var formats = new[] { "yyyy-MM", "yyyy-MM-dd", "yyyy" };
        return DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateOnly(d.Year, d.Month, 1)
            : null;
    }

    /// <summary>The query string of this filter with one value changed, for links that keep the others.</summary>
    public string QueryWith(string? org = "\0", string? from = "\0", string? to = "\0", string? sector = "\0", string? lang = "\0")
    {
        var pairs = new List<string>();
        void Add(string key, string? value, string? current)
        {
            var v = value == "\0" ? current : value;
            if (!string.IsNullOrEmpty(v)) pairs.Add($"{key}={Uri.EscapeDataString(v)}");
        }
        Add("org", org, Org);
        Add("from", from, From);
        Add("to", to, To);
        Add("sector", sector, Sector);
        Add("lang", lang, Lang);
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }
}
