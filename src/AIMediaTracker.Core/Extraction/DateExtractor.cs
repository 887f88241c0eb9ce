using System.Globalization;
using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds dates, resolving relative ones against the publication date. Patterns run from
/// the most to the least specific and a span once claimed is not read again, so
/// "mercredi 8 janvier" is one date and not also a weekday. Relative expressions are
/// skipped when the publication date is unknown; addresses and the article's own
/// publication stamp are never read.
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateFact> Extract(ArticleText text)
    {
        var s = text.Matchable;
        var pub = text.PublishedAt;
        var claimed = text.Urls.Select(u => u.Span).ToList();
        if (PublicationDateFinder.Locate(text) is { } stamp) claimed.Add(stamp.Span);
        var found = new List<DateFact>();

        void Add(Match m, string? iso, bool horizon = false) => AddSpan(SpanOf(m), iso, horizon);
        void AddSpan(Span span, string? iso, bool horizon = false)
        {
            // An unresolved match still claims its text, so a weaker pattern cannot misread it.
            claimed.Add(span);
            if (iso is not null) found.Add(new DateFact(iso, span, horizon));
        }
        bool Free(Match m)
        {
            foreach (var c in claimed)
                if (c.Start < m.Index + m.Length && m.Index < c.End) return false;
            return true;
        }

        foreach (var m in Matches(DatePatterns.NumericDate(), s).Concat(Matches(DatePatterns.IsoDate(), s)))
            if (Free(m) && FullDate(Int(m, "year"), Int(m, "month"), Int(m, "day")) is { } iso) Add(m, iso);

        foreach (var m in DatePatterns.DayMonths.Matches(s, text.AnchorHits[AnchorWords.Months]))
        {
            if (!Free(m)) continue;
            var date = DayMonth(m, pub, AnchorBefore(text, found, m.Index));
            Add(m, date is { } d ? FrenchDates.Iso(d) : null);
            // « le 2 et le 9 octobre 2023 »: the first day takes the second's month and year.
            var from = Math.Max(0, m.Index - 16);
            if (date is { } second && !m.Groups["weekday"].Success
                && DatePatterns.DayBeforeAnother().Match(s, from, m.Index - from) is { Success: true } before
                && FullDate(second.Year, second.Month, Int(before, "day")) is { } first)
            {
                var day = before.Groups["day"];
                AddSpan(new Span(day.Index, day.Index + day.Length), first);
            }
        }

        foreach (var m in DatePatterns.MonthYears.Matches(s))
            if (Free(m) && FrenchDates.MonthNumber(m.Groups["month"].Value) is { } month)
                Add(m, FrenchDates.Iso(Int(m, "year"), month), IsHorizon(s, m.Index));

        foreach (var m in Matches(DatePatterns.YearRange(), s))
        {
            if (!Free(m) || Int(m, "second") <= Int(m, "first")) continue;
            var first = m.Groups["first"];
            var second = m.Groups["second"];
            AddSpan(new Span(first.Index, first.Index + first.Length), first.Value, IsHorizon(s, m.Index));
            AddSpan(new Span(second.Index, second.Index + second.Length), second.Value);
        }

        foreach (var m in Matches(DatePatterns.BareYear(), s))
            if (Free(m) && YearContext.IsYear(s, m.Index, m.Index + m.Length)) Add(m, m.Value, IsHorizon(s, m.Index));

        if (pub is { } published)
            AddRelative(s, text.AnchorHits, published, Free, AddSpan);
        return found.OrderBy(f => f.Span.Start).ToList();
    }

    private static void AddRelative(string s, List<int>[] anchors, DateOnly pub, Func<Match, bool> free, Action<Span, string?, bool> add)
    {
        foreach (var m in DatePatterns.RelativeYears.Matches(s, anchors[AnchorWords.RelativeYears]))
        {
            if (!free(m)) continue;
            var offset = m.Groups["this"].Success ? 0 : m.Groups["rel"].Value.StartsWith("proch", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
            add(SpanOf(m), FrenchDates.Iso(pub.Year + offset), false);
        }
        foreach (var m in DatePatterns.RelativeMonths.Matches(s, anchors[AnchorWords.RelativeMonths]))
        {
            if (!free(m)) continue;
            var offset = m.Groups["this"].Success ? 0 : m.Groups["rel"].Value.StartsWith("proch", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
            var (year, month) = RelativeDates.MonthFrom(pub, offset);
            add(SpanOf(m), FrenchDates.Iso(year, month), false);
        }
        foreach (var m in DatePatterns.Yesterdays.Matches(s, anchors[AnchorWords.Yesterdays]))
            if (free(m) && StartsLowerOrSentence(s, m.Index)) add(SpanOf(m), FrenchDates.Iso(pub.AddDays(m.Groups["before"].Success ? -2 : -1)), false);

        foreach (var m in DatePatterns.BareMonths.Matches(s, anchors[AnchorWords.Months]))
        {
            var monthWord = m.Groups["month"].Value;
            if (!free(m) || char.IsUpper(monthWord[0]) || FrenchDates.MonthNumber(monthWord) is not { } month) continue;
            var window = Math.Min(30, m.Index);
            var cueMatch = DatePatterns.MonthCue().Match(s, m.Index - window, window);
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            if (m.Index > 0 && s[m.Index - 1] == '-' && cueMatch.Groups["cue"].Value != "mi") continue;
            var cue = cueMatch.Groups["cue"].Value.ToLowerInvariant();
            var forward = rel == "prochain" || cue.StartsWith("d'ici", StringComparison.Ordinal) || cue.StartsWith("jusqu", StringComparison.Ordinal)
                // A later month in a sentence about the future is this year's ("sortira en septembre").
                || (rel.Length == 0 && month > pub.Month && DatePatterns.FutureTense().IsMatch(SentenceAround(s, m.Index)));
            var year = RelativeDates.YearOfMonth(pub, month, forward, strict: rel.Length > 0);
            var start = cueMatch.Success ? cueMatch.Index : m.Index;
            var horizon = cue.StartsWith("d'ici", StringComparison.Ordinal);
            add(new Span(start, m.Index + m.Length), FrenchDates.Iso(year, month), horizon);
        }

        foreach (var m in DatePatterns.Weekdays.Matches(s, anchors[AnchorWords.Weekdays]))
        {
            if (!free(m) || !IsDateWeekday(s, m)) continue;
            var day = FrenchDates.Weekday(m.Groups["weekday"].Value)!.Value;
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var forward = rel == "prochain" || DatePatterns.FutureVerbBefore().IsMatch(s.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)));
            add(SpanOf(m), FrenchDates.Iso(RelativeDates.Weekday(pub, day, forward, strict: rel == "dernier")), false);
        }
    }

    // "tous les lundis", "du lundi au vendredi", "le lundi" describe habits, not a day.
    private static bool IsDateWeekday(string s, Match m)
    {
        if (!StartsLowerOrSentence(s, m.Index)) return false;
        var before = s[Math.Max(0, m.Index - 12)..m.Index].TrimEnd().ToLowerInvariant();
        var lastWord = before.Split(' ', '\'').LastOrDefault() ?? "";
        if (lastWord is "le" or "les" or "du" or "au" or "chaque" or "tous" or "un" or "une" or "de" or "certains") return false;
        var after = s.AsSpan(m.Index + m.Length).TrimStart();
        return !after.StartsWith("au ", StringComparison.OrdinalIgnoreCase) && !after.StartsWith("gras", StringComparison.OrdinalIgnoreCase);
    }

    // A capitalised "Lundi" or "Hier" is a date only at the head of a sentence.
    private static bool StartsLowerOrSentence(string s, int index)
    {
        if (char.IsLower(s[index])) return true;
        var i = index;
        while (i > 0 && s[i - 1] == ' ') i--;
        return i == 0 || s[i - 1] is '\n' or '.' or '!' or '?' or ':' or '"' or '(' or '-' or '…';
    }

    private static DateOnly? DayMonth(Match m, DateOnly? pub, DateOnly? anchor)
    {
        if (FrenchDates.MonthNumber(m.Groups["month"].Value) is not { } month) return null;
        var day = Int(m, "day");
        if (m.Groups["year"].Success) return Day(Int(m, "year"), month, day);
        // Without a year a capitalised "Mars" is more likely the planet, and the year comes from publication.
        if (char.IsUpper(m.Groups["month"].Value[0])) return null;
        // « Le 29/01/2025, Ubisoft fermait un studio ; le 13 février, Meta… », « Le 29 novembre 2018, … des faits
        // commis toujours le 1er mai »: the year of the sentence's dated event before it, forward or back.
        if (anchor is { } a) return Day(a.Year, month, day);
        if (pub is not { } published) return null;
        return Day(RelativeDates.YearOfDay(published, month, day), month, day);
    }

    // The last full date (day, month, year) found earlier in the sentence holding `at`.
    private static DateOnly? AnchorBefore(ArticleText text, List<DateFact> found, int at)
    {
        var sentence = text.SentenceAt(at);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var f = found[i];
            if (f.Span.Start < sentence.Start || f.Span.Start >= at) continue;
            if (f.Iso.Length == 10 && DateOnly.TryParseExact(f.Iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) return date;
        }
        return null;
    }

    private static DateOnly? Day(int year, int month, int day) =>
        FrenchDates.IsValidDay(year, month, day) ? new DateOnly(year, month, day) : null;

    private static string? FullDate(int year, int month, int day) => Day(year, month, day) is { } date ? FrenchDates.Iso(date) : null;

    private static bool IsHorizon(string s, int index) =>
        DatePatterns.HorizonCue().IsMatch(s.AsSpan(Math.Max(0, index - 30), Math.Min(30, index)));

    private static ReadOnlySpan<char> SentenceAround(string s, int index)
    {
        var start = Math.Max(s.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, index - 1)) + 1, 0);
        var end = s.IndexOfAny(['.', '\n', '!', '?'], index);
        return s.AsSpan(start..(end < 0 ? s.Length : end));
    }

    private static Span SpanOf(Match m) => new(m.Index, m.Index + m.Length);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static IEnumerable<Match> Matches(Regex regex, string s) => regex.Matches(s);
}
