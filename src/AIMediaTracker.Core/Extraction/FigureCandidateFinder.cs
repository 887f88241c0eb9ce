using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds every number in folded text and reads what it counts: a percentage of jobs,
/// an amount of money, a count of jobs or people, or nothing the tracker measures.
/// </summary>
internal static class FigureCandidateFinder
{

    public static List<FigureCandidate> Find(string text, List<int>[] anchors)
    {
        var found = new List<FigureCandidate>();
        FigureShares.Add(text, FigurePatterns.Ratios.Matches(text), found, FigureShares.RatioPercent);
        FigureShares.Add(text, FigurePatterns.Fractions.Matches(text), found, m => FrenchNumbers.FractionPercent(m.Groups["frac"].Value));

        var numbers = new List<Match>();
        for (var m = FigurePatterns.DigitNumber().Match(text); m.Success; m = m.NextMatch()) numbers.Add(m);
        AddWordNumbers(text, anchors[AnchorWords.NumberWords], numbers);
        numbers.Sort((a, b) => a.Index.CompareTo(b.Index));

        var lastEnd = 0;
        foreach (var m in numbers)
        {
            if (m.Index < lastEnd || InAddress(text, m.Index) || InsideRead(found, m.Index)) continue;
            var candidate = Read(text, m);
            if (candidate is null) continue;
            found.Add(candidate);
            lastEnd = candidate.End;
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // A number inside a share or a figure already read (« un emploi sur cinq ») is part of it.
    private static bool InsideRead(List<FigureCandidate> found, int at)
    {
        foreach (var f in found)
            if (f.Start <= at && at < f.End) return true;
        return false;
    }

    // The pattern for numbers in words only runs around AnchorWords.NumberWords, which keeps
    // it from being tried at every letter of the article.
    private const int WordWindowBefore = 80;
    private const int WordWindowAfter = 40;

    private static void AddWordNumbers(string text, List<int> anchors, List<Match> numbers)
    {
        var searchedTo = 0;
        foreach (var at in anchors)
        {
            if (at < searchedTo) continue;
            // The window may go back over the end of the previous one: a number cut by that end (« trente »
            // before « pour cent ») could not be read there, its sign lying beyond.
            var from = Math.Max(0, searchedTo - WordWindowAfter);
            var start = Math.Max(from, at - WordWindowBefore);
            // Start the window on a word boundary, since the window's start reads as the text's.
            while (start > from && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = Math.Min(text.Length, at + WordWindowAfter);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            if (HoldsNumberWord(text, start, end))
                for (var m = FigurePatterns.WordNumber().Match(text, start, end - start); m.Success; m = m.NextMatch())
                    if (m.Index + m.Length > at || EndsBefore(text, m, at)) numbers.Add(m);
            searchedTo = end;
        }
    }

    // « dix pour cent », « douze postes »: the anchor is the « cent » of the percent sign or the noun after the number.
    private static bool EndsBefore(string text, Match m, int at) =>
        FigurePatterns.PercentSign().Match(text, m.Index + m.Length) is { Success: true } sign && sign.Index + sign.Length > at
        || FigurePatterns.JobNounNext().Match(text, m.Index + m.Length) is { Success: true } noun && noun.Index + noun.Length > at;

    // Every match of WordNumber holds a whole word (a run of letters) among these: its
    // approximation noun, its closing "cent"/"mille" or its scale. Checking for one first
    // spares the costly pattern most windows, since an anchor is more often in "semaine".
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cent", "cents", "mille", "million", "millions", "milliard", "milliards", "millier", "milliers", "billion", "billions",
        "dizaine", "dizaines", "douzaine", "douzaines", "quinzaine", "quinzaines", "vingtaine", "vingtaines",
        "trentaine", "trentaines", "quarantaine", "quarantaines", "cinquantaine", "cinquantaines",
        "soixantaine", "soixantaines", "centaine", "centaines",
        // Before a noun of jobs (AnchorWords.NumberWords holds those): « douze postes ».
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
        "seize", "vingt", "trente", "quarante", "cinquante", "soixante",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HoldsNumberWord(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var wordStart = i;
            while (i < end && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(wordStart, i - wordStart);
            // A scale counts only after a word (« deux millions »): after digits (« 2,5 millions », the
            // money of most articles) it is read with them, not by the pattern for numbers in words.
            if (NumberWordLookup.Contains(word) && (!ScaleLookup.Contains(word) || FollowsWord(text, wordStart))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "millions", "milliard", "milliards", "billion", "billions",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether spaces and then a letter come before `at`, as between a spelled number and its scale.
    private static bool FollowsWord(string text, int at)
    {
        var k = at;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        return k < at && k > 0 && char.IsLetter(text[k - 1]);
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
        if (c.Unit == "people" && IsSample(text, c.Start)) c.Rejected = true;
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
            // Small spelled numbers ("un", "deux salariés") are words of the story, not figures, but for a share
            // (« dix pour cent ») or a count of jobs (« douze postes »).
            var big = scale is not null || spelled.Contains("cent", StringComparison.OrdinalIgnoreCase) || spelled.Contains("mille", StringComparison.OrdinalIgnoreCase)
                || FigurePatterns.PercentSign().Match(text, m.Index + m.Length).Success || FigurePatterns.JobNounNext().Match(text, m.Index + m.Length).Success;
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
            FigureShares.Read(text, c);
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
        // « 98 d'entre eux », « plus de 31 000 d'entre elles »: a part of the count just named.
        var partitive = hasPrep && w1.Value.Equals("entre", StringComparison.OrdinalIgnoreCase) && w2.Value is "eux" or "elles";
        if (hasPrep && scaled && w1.Value.Equals("autres", StringComparison.OrdinalIgnoreCase) || partitive)
        {
            c.TakesUnitFromNeighbour = true;
            c.End = (partitive ? w2 : w1).Index + (partitive ? w2 : w1).Length;
            return;
        }
        var word = w1;
        var noun = FigureNouns.Find(w1.ValueSpan);
        // Up to two adjectives before the noun: "3 500 jeunes nouveaux collaborateurs".
        var isNew = false;
        foreach (var next in new[] { w2, after.Groups["w3"] })
        {
            if (noun is not null || !next.Success || !FigureNouns.IsAdjective(word.ValueSpan)) break;
            isNew |= FigureNouns.IsNew(word.ValueSpan);
            word = next;
            noun = FigureNouns.Find(next.ValueSpan);
        }
        if (noun is null || noun.Unit.Length == 0)
        {
            // "92 millions détruits": no noun, so the unit is the one just named; so is it
            // before an auxiliary ("321 emplois seront supprimés et 135 seront créés").
            c.TakesUnitFromNeighbour = !hasPrep && noun is null && (scaled || FigureNouns.IsAuxiliary(w1.ValueSpan));
            c.IsBare = !hasPrep && noun is null;
            return;
        }
        c.Unit = noun.Unit;
        c.NounKind = noun.Kind ?? (isNew ? FigureKind.JobsCreated : null);
        if (after.Groups["plus"].Success) c.Approximate = true;
        c.IsDemonym = noun.IsDemonym;
        c.End = word.Index + word.Length;
        if (noun.Unit == "people" && FigurePatterns.RespondentVerb().Match(text, c.End).Success) c.Rejected = true;
    }

    // Read on the few words before the count only: the pattern is anchored at its end.
    internal static bool IsSample(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        return FigurePatterns.SampleBefore().IsMatch(text.AsSpan(from, start - from));
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
