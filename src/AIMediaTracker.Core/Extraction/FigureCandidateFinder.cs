using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds every number in folded text and reads what it counts: a percentage of jobs,
/// an amount of money, a count of jobs or people, or nothing the tracker measures.
/// </summary>
internal static class FigureCandidateFinder
{
    private const int JobNounWindow = 60;

    public static List<FigureCandidate> Find(string text)
    {
        var found = new List<FigureCandidate>();
        AddShares(text, FigurePatterns.Ratio(), found, RatioPercent);
        AddShares(text, FigurePatterns.Fraction(), found, m => FrenchNumbers.FractionPercent(m.Groups["frac"].Value));

        var numbers = new List<Match>();
        for (var m = FigurePatterns.DigitNumber().Match(text); m.Success; m = m.NextMatch()) numbers.Add(m);
        AddWordNumbers(text, numbers);
        numbers.Sort((a, b) => a.Index.CompareTo(b.Index));

        var lastEnd = 0;
        foreach (var m in numbers)
        {
            if (m.Index < lastEnd || InAddress(text, m.Index) || found.Exists(f => f.Start <= m.Index && m.Index < f.End)) continue;
            var candidate = Read(text, m);
            if (candidate is null) continue;
            found.Add(candidate);
            lastEnd = candidate.End;
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // Every number in words holds "cent", "mill" (mille, million, milliard, millier),
    // "billion" or "aine" (cinquantaine): the pattern only runs around those, which keeps
    // it from being tried at every letter of the article.
    private static readonly string[] WordAnchors = ["cent", "mill", "billion", "aine"];
    private const int WordWindowBefore = 80;
    private const int WordWindowAfter = 40;

    private static void AddWordNumbers(string text, List<Match> numbers)
    {
        var anchors = new List<int>();
        foreach (var anchor in WordAnchors)
            for (var at = text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.OrdinalIgnoreCase))
                anchors.Add(at);
        anchors.Sort();
        var searchedTo = 0;
        foreach (var at in anchors)
        {
            if (at < searchedTo) continue;
            var start = Math.Max(searchedTo, at - WordWindowBefore);
            // Start the window on a word boundary, since the window's start reads as the text's.
            while (start > searchedTo && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = Math.Min(text.Length, at + WordWindowAfter);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            for (var m = FigurePatterns.WordNumber().Match(text, start, end - start); m.Success; m = m.NextMatch())
                if (m.Index + m.Length > at) numbers.Add(m);
            searchedTo = end;
        }
    }

    private static FigureCandidate? Read(string text, Match m)
    {
        if (!TryValue(text, m, out var value, out var approximate, out var scale)) return null;
        var digits = m.Groups["digits"];
        var numberEnd = m.Index + m.Length;
        var isYear = digits.Success && scale is null && digits.Length == 4 && value is >= 1900 and <= 2100;
        var symbolStart = m.Index;
        var leading = digits.Success ? FigureCurrencies.LeadingSymbol(text, m.Index, out symbolStart) : null;

        var c = new FigureCandidate
        {
            Start = symbolStart, End = numberEnd, NumberStart = m.Index, NumberEnd = numberEnd,
            Value = value, Scale = scale, Approximate = approximate, IsYear = isYear, Unit = leading,
        };
        ReadUnit(text, c, m.Groups["approx"].Success);
        if (c.IsYear && c.Unit is not null && c.Unit != "percent") c = Unyear(c);

        if (FigureHedges.Before(text, c.Start, out var spanStart) >= 0)
        {
            c.Approximate = true;
            c.Start = spanStart;
        }
        if (FigurePatterns.HedgeAfter().Match(text, c.End).Success) c.Approximate = true;
        return c;
    }

    // "2024 emplois" is a count after all; only a bare four-digit number is a year.
    private static FigureCandidate Unyear(FigureCandidate c) => new()
    {
        Start = c.Start, End = c.End, NumberStart = c.NumberStart, NumberEnd = c.NumberEnd, Value = c.Value,
        Scale = c.Scale, Unit = c.Unit, NounKind = c.NounKind, Approximate = c.Approximate,
        IsDemonym = c.IsDemonym, Rejected = c.Rejected,
    };

    private static bool TryValue(string text, Match m, out decimal value, out bool approximate, out decimal? scale)
    {
        approximate = false;
        var scaleGroup = m.Groups["scale"].Success ? m.Groups["scale"] : m.Groups["abbr"];
        scale = scaleGroup.Success ? FrenchNumbers.Scale(scaleGroup.Value) : null;
        value = 0;
        if (m.Groups["digits"].Success)
        {
            if (!FrenchNumbers.TryParseDigits(m.Groups["digits"].Value, out value)) return false;
        }
        else if (m.Groups["approx"].Success)
        {
            value = FrenchNumbers.Approximation(m.Groups["noun"].Value) ?? 0;
            approximate = true;
            // "des centaines" and "quelques milliers" are too vague; "une centaine" is not.
            if (value == 0) return false;
        }
        else
        {
            var spelled = m.Groups["spelled"].Value;
            if (!FrenchNumbers.TryParseSpelled(spelled, out value)) return false;
            // Small spelled numbers ("un", "deux salariés") are words of the story, not figures.
            var big = scale is not null || spelled.Contains("cent", StringComparison.OrdinalIgnoreCase) || spelled.Contains("mille", StringComparison.OrdinalIgnoreCase);
            if (!big || FollowsPour(text, m.Index)) return false;
        }
        if (scale is decimal s) value *= s;
        // Drops trailing zeros left by decimal arithmetic: 1,5 × 10^6 is 1500000, not 1500000.0.
        value /= 1.000000000000000000000000000000000m;
        return true;
    }

    private static bool FollowsPour(string text, int at) =>
        at >= 5 && text.AsSpan(at - 5, 5).Equals("pour ", StringComparison.OrdinalIgnoreCase);

    private static void ReadUnit(string text, FigureCandidate c, bool approximateNoun)
    {
        var percent = FigurePatterns.PercentSign().Match(text, c.NumberEnd);
        if (percent.Success && c.Unit is null)
        {
            c.Unit = "percent";
            c.End = percent.Index + percent.Length;
            ReadShare(text, c);
            return;
        }
        var currency = FigurePatterns.CurrencyAfter().Match(text, c.NumberEnd);
        if (currency.Success)
        {
            var q = currency.Groups["q"];
            var code = FigureCurrencies.Code(currency.Groups["word"].Value, q.Success ? q.Value : null, c.Scale is not null);
            if (code is not null)
            {
                // "$800 millions d'euros": the symbol written first wins (see docs/decisions).
                c.Unit ??= code;
                c.End = currency.Index + currency.Length;
                return;
            }
        }
        if (c.Unit is not null) return;
        ReadCountedNoun(text, c, approximateNoun);
    }

    private static void ReadCountedNoun(string text, FigureCandidate c, bool approximateNoun)
    {
        var scaled = c.Scale is not null || approximateNoun;
        var after = FigurePatterns.NounAfter().Match(text, c.NumberEnd);
        if (!after.Success)
        {
            c.TakesUnitFromNeighbour = scaled;
            c.IsBare = true;
            return;
        }
        var w1 = after.Groups["w1"];
        var w2 = after.Groups["w2"];
        var hasPrep = after.Groups["prep"].Success;
        if (hasPrep && scaled && w1.Value.Equals("autres", StringComparison.OrdinalIgnoreCase))
        {
            c.TakesUnitFromNeighbour = true;
            c.End = w1.Index + w1.Length;
            return;
        }
        var word = w1;
        var noun = FigureNouns.Find(w1.Value);
        if (noun is null && w2.Success && FigureNouns.IsAdjective(w1.Value))
        {
            word = w2;
            noun = FigureNouns.Find(w2.Value);
        }
        if (noun is null || noun.Unit.Length == 0)
        {
            // "92 millions détruits": no noun, so the unit is the one just named.
            c.TakesUnitFromNeighbour = scaled && !hasPrep && noun is null;
            c.IsBare = !hasPrep && noun is null;
            return;
        }
        c.Unit = noun.Unit;
        c.NounKind = noun.Kind;
        c.IsDemonym = noun.IsDemonym;
        c.End = word.Index + word.Length;
        if (noun.Unit == "people" && FigurePatterns.RespondentVerb().Match(text, c.End).Success) c.Rejected = true;
    }

    private static void ReadShare(string text, FigureCandidate c)
    {
        var of = FigurePatterns.PercentOf().Match(text, c.End);
        if (of.Success)
        {
            var word = of.Groups["w1"];
            var noun = FigureNouns.Find(word.Value);
            if (noun is null && of.Groups["w2"].Success && FigureNouns.IsAdjective(word.Value))
            {
                word = of.Groups["w2"];
                noun = FigureNouns.Find(word.Value);
            }
            // "30 % de la population active" is a share of the workforce.
            if (noun is null && word.Value.Equals("population", StringComparison.OrdinalIgnoreCase)
                && of.Groups["w2"].Value.StartsWith("activ", StringComparison.OrdinalIgnoreCase))
            {
                word = of.Groups["w2"];
                noun = FigureNouns.Find("actifs");
            }
            c.Rejected = noun is not { SharesJobs: true } || FigurePatterns.RespondentVerb().Match(text, word.Index + word.Length).Success;
            // "5 % de ses 200 000 salariés": the count inside stays a figure of its own.
            if (!c.Rejected && !of.Groups["count"].Success) c.End = word.Index + word.Length;
            return;
        }
        // "réduire ses effectifs de 10 %": the jobs are named before the percentage.
        var from = Math.Max(0, c.Start - JobNounWindow);
        var stop = c.Start > from ? text.LastIndexOfAny(['.', '\n', '!', '?', '%'], c.Start - 1, c.Start - from) : -1;
        if (stop >= from) from = stop + 1;
        var before = text.AsSpan(from, c.Start - from);
        c.Rejected = !FigurePatterns.JobNounBefore().IsMatch(before) && !FigurePatterns.DismissalBefore().IsMatch(before);
    }

    private static void AddShares(string text, Regex pattern, List<FigureCandidate> found, Func<Match, decimal?> percent)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            var nounGroup = m.Groups["noun"].Success ? m.Groups["noun"] : m.Groups["w1"];
            var noun = FigureNouns.Find(nounGroup.Value);
            if (noun is null && m.Groups["w2"].Success) noun = FigureNouns.Find(m.Groups["w2"].Value);
            var value = percent(m);
            if (noun is not { SharesJobs: true } || value is null or <= 0 or > 100) continue;
            if (FigurePatterns.RespondentVerb().Match(text, m.Index + m.Length).Success) continue;
            var end = m.Groups["den"].Success ? m.Index + m.Length : nounGroup.Index + nounGroup.Length;
            var c = new FigureCandidate
            {
                Start = m.Index, End = end, NumberStart = m.Index, NumberEnd = end,
                Value = value.Value, Unit = "percent",
            };
            if (FigureHedges.Before(text, c.Start, out var spanStart) >= 0) (c.Approximate, c.Start) = (true, spanStart);
            found.Add(c);
        }
    }

    private static decimal? RatioPercent(Match m)
    {
        var num = FrenchNumbers.SmallNumber(m.Groups["num"].Value);
        var den = FrenchNumbers.SmallNumber(m.Groups["den"].Value);
        if (num is null || den is null || num >= den) return null;
        return Math.Round(num.Value * 100m / den.Value, 2);
    }

    // Digits inside a URL or a handle ("t.co/L1Hyw", "@Rahll2024") are never figures.
    private static bool InAddress(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || token.IndexOfAny('/', '@', '#') >= 0 && token.IndexOfAny('.', '@', '#') >= 0;
    }
}
