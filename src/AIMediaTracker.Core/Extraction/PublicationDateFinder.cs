using System.Globalization;
using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds the publication date an article states about itself: a short line saying
/// "Publié le ..." anywhere, else a dateline near the top ("9 janvier 2025",
/// "Par X · 23/05/2024", "Paris, le 3 mars 2024"), else a "Mis à jour le ..." line.
/// Only complete dates count: a stamp always gives the day.
/// </summary>
public static partial class PublicationDateFinder
{
    private const int MaxStampLength = 140;
    private const int DatelineLines = 7;
    private const int MaxDatelineWords = 6;

    public static DateOnly? Find(ArticleText text) => Locate(text)?.Date;

    /// <summary>The stamp line and its date, so the date extractor can leave the stamp out of the article's dates.</summary>
    public static PublicationStamp? Locate(ArticleText text)
    {
        PublicationStamp? dateline = null, updated = null;
        var lineIndex = 0;
        foreach (var line in Lines(text.Matchable))
        {
            // A paragraph is longer than any stamp: only short lines are copied out to be read.
            var content = line.End - line.Start <= MaxStampLength ? text.Matchable[line.Start..line.End] : null;
            if (content is not null && !content.Contains("(@", StringComparison.Ordinal))
            {
                var keyword = StampKeyword().Match(content);
                if (keyword.Success && FirstDate(content, keyword.Index + keyword.Length) is { } date)
                {
                    // "12 janvier 2024 à 9h - Mis à jour le 13 janvier": the first date is the publication.
                    var earlier = keyword.Index > 0 ? FirstDate(content[..keyword.Index], 0) : null;
                    if (earlier is { } published) return new PublicationStamp(published, line);
                    var stamp = new PublicationStamp(date, line);
                    if (!keyword.Groups["updated"].Success) return stamp;
                    updated ??= stamp;
                }
                else if (dateline is null && lineIndex is > 0 and < DatelineLines && IsDateline(content, out var lineDate))
                    dateline = new PublicationStamp(lineDate, line);
            }
            // « Montréal, le 14 février 2025 — Bell Média a annoncé… »: a dateline opening the first paragraph.
            if (dateline is null && lineIndex is > 0 and < DatelineLines && OpeningDateline(text.Matchable, line) is { } opening)
                dateline = opening;
            lineIndex++;
        }
        return dateline ?? updated;
    }

    // A dateline is a date with little else around it: a place, a byline, a reading time.
    private static bool IsDateline(string line, out DateOnly date)
    {
        date = default;
        if (FirstDate(line, 0) is not { } d) return false;
        var residue = StampNoise().Replace(line, " ");
        var words = residue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        if (words > MaxDatelineWords || SentenceBreak().IsMatch(residue)) return false;
        date = d;
        return true;
    }

    private const int MaxOpeningDateline = 60;

    private static PublicationStamp? OpeningDateline(string text, Span line)
    {
        var dash = DatelineDash().Match(text, line.Start, Math.Min(MaxOpeningDateline, line.End - line.Start));
        if (!dash.Success) return null;
        var prefix = text[line.Start..dash.Index];
        return IsDateline(prefix, out var date) ? new PublicationStamp(date, new Span(line.Start, dash.Index + dash.Length)) : null;
    }

    // The dash closing a dateline: « — », « – » or « - » between spaces.
    [GeneratedRegex(@"\s[—–-]\s")]
    private static partial Regex DatelineDash();

    private static DateOnly? FirstDate(string line, int from)
    {
        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        foreach (var regex in new[] { DatePatterns.DayMonth(), DatePatterns.NumericDate(), DatePatterns.IsoDate() })
        {
            var m = regex.Match(line, from);
            while (m.Success && !m.Groups["year"].Success) m = m.NextMatch();
            if (!m.Success || m.Index >= best.Index || ToDate(m) is not { } date) continue;
            best = (m.Index, date);
        }
        return best.Date;
    }

    private static DateOnly? ToDate(Match m)
    {
        var monthText = m.Groups["month"].Value;
        var month = char.IsDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : FrenchDates.MonthNumber(monthText) ?? 0;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return FrenchDates.IsValidDay(year, month, day) ? new DateOnly(year, month, day) : null;
    }

    private static IEnumerable<Span> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var (s, e) = (start, end);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return new Span(s, e);
            start = end + 1;
        }
    }

    [GeneratedRegex(@"(?:^|[·|•,;(\-]\s*)[_*\s]*(?:(?<updated>mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|modifi[ée]e?|actualis[ée]e?)|publi[ée]e?|mis\s+en\s+ligne|post[ée]e?|paru)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampKeyword();

    // Dates, times, bylines and reading times: what may surround the date of a dateline.
    [GeneratedRegex(@"(?:" + FrenchDates.WeekdayName + @")|\b[0-3]?\d(?:er)?\s+(?:" + FrenchDates.MonthName + @")\s+\d{4}|\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|\b\d{1,2}\s?[h:]\s?\d{2}\b|\b\d+\s*min(?:utes)?\b|[·|•_*,\-]|\b(?:le|à|a|par|de|lecture|mis|jour|publié|heure)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampNoise();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();
}
