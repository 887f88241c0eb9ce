using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Shares of jobs: percentages of jobs or workers ("22 % des emplois"), ratios
/// ("un emploi sur cinq") and fractions ("deux tiers des postes"). A percentage of
/// anything else (sales, hours, respondents) is rejected.
/// </summary>
internal static partial class FigureShares
{
    private const int JobNounWindow = 60;

    /// <summary>Reads what the percentage <paramref name="c"/> is of, and rejects it unless jobs or workers.</summary>
    public static void Read(string text, FigureCandidate c)
    {
        // « a augmenté de 442 % »: no share of anything exceeds the whole.
        if (c.Value > 100) { c.Rejected = true; return; }
        // « à un rythme 66 % plus rapide », « des salaires 56 % plus élevés »: how much more, a comparison, no share.
        if (Comparison().IsMatch(text, c.End)) { c.Rejected = true; return; }
        var of = FigurePatterns.PercentOf().Match(text, c.End);
        // « un impact sur les emplois car 60 % d'entre eux seront touchés »: the jobs are named before, as for a bare percentage.
        if (of.Success && of.Groups["w1"].ValueSpan.Equals("entre", StringComparison.OrdinalIgnoreCase) && of.Groups["w2"].Value is "eux" or "elles")
        {
            if (!IsJobsNamedBefore(text, c)) { c.Rejected = true; return; }
            c.End = of.Groups["w2"].Index + of.Groups["w2"].Length;
            return;
        }
        if (of.Success)
        {
            var word = of.Groups["w1"];
            var noun = FigureNouns.Find(word.ValueSpan);
            if (noun is null && of.Groups["w2"].Success && FigureNouns.IsAdjective(word.ValueSpan))
            {
                word = of.Groups["w2"];
                noun = FigureNouns.Find(word.ValueSpan);
            }
            // « 42 % des 130 000 personnes employées par le groupe »: people said to be employed are its staff.
            if (noun is { SharesJobs: false, Unit: "people" } && of.Groups["w2"].Success && FigureNouns.IsEmployed(of.Groups["w2"].ValueSpan))
                noun = FigureNouns.Find("salariés");
            // "30 % de la population active" is a share of the workforce.
            if (noun is null && word.Value.Equals("population", StringComparison.OrdinalIgnoreCase)
                && of.Groups["w2"].Value.StartsWith("activ", StringComparison.OrdinalIgnoreCase))
            {
                word = of.Groups["w2"];
                noun = FigureNouns.Find("actifs");
            }
            c.Rejected = noun is not { SharesJobs: true } || IsRespondents(text, word.Index + word.Length) || IsOpinionOf(text, c.Start, word.Index + word.Length)
                || FigureCandidateFinder.IsSample(text, c.Start) || noun.Unit == "people" && IsAmongRespondents(text, c.Start, word.Index + word.Length);
            // "5 % de ses 200 000 salariés": the count inside stays a figure of its own.
            if (!c.Rejected && !of.Groups["count"].Success) c.End = word.Index + word.Length;
            // "réduire de 10 % les effectifs" names its jobs after a bare « les »; "réduire ses effectifs de
            // 10 % les deux prochaines années" names them before.
            if (!c.Rejected || !of.Groups["bare"].Success) return;
        }
        c.Rejected = !IsJobsNamedBefore(text, c) || FigurePatterns.BareRespondentVerb().IsMatch(text, c.End) || IsGrowth(text, c.Start);
    }

    [GeneratedRegex(@"\G\s+(?:plus|moins)\s+(?!de\s|d')\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    // « les offres d'emploi sont en hausse de 41 % », « le nombre d'emplois a progressé de 12 % »: how much a count grew, no
    // share of jobs (« réduire ses effectifs de 10 % » is one).
    [GeneratedRegex(@"(?:\b(?:augment[ée]e?s?|hausse|progress[ée]e?s?|progression|croissance|bondi|bond|grimp[ée]e?s?|cr[ûu]e?s?|multipli[ée]e?s?)[ ](?:de[ ]|d')?|\+[ ]?)(?:(?:plus|près|moins)[ ]de[ ]|environ[ ])?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrowthBefore();

    private static bool IsGrowth(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        return GrowthBefore().IsMatch(text.AsSpan(from, start - from));
    }

    // "réduire ses effectifs de 10 %": the jobs are named before the percentage.
    private static bool IsJobsNamedBefore(string text, FigureCandidate c)
    {
        var from = Math.Max(0, c.Start - JobNounWindow);
        var stop = c.Start > from ? text.LastIndexOfAny(['.', '\n', '!', '?', '%'], c.Start - 1, c.Start - from) : -1;
        if (stop >= from) from = stop + 1;
        var before = text.AsSpan(from, c.Start - from);
        return FigurePatterns.JobNounBefore().IsMatch(before) || FigurePatterns.DismissalBefore().IsMatch(before);
    }

    // « 30 % des salariés estiment… » counts respondents, but « 11 % des développeurs ont déclaré avoir été licenciés »
    // counts those who lost their job, as they said.
    private static bool IsRespondents(string text, int afterNoun) =>
        FigurePatterns.RespondentVerb().Match(text, afterNoun) is { Success: true } verb && !FigurePatterns.OwnLossAfter().IsMatch(text, verb.Index + verb.Length);

    // « Sur les 3000 personnes interrogées, 80 % n'en ont pas encore eu l'utilité et […] 57 % des travailleurs n'ont pas vraiment de
    // préoccupations »: after the sentence has named its respondents, a share of workers is a share of them, unless they lost their job.
    private static bool IsAmongRespondents(string text, int start, int afterNoun)
    {
        var from = Math.Max(0, start - RespondentsReach);
        var stop = text.LastIndexOfAny(['.', '\n', '!', '?'], start - 1, start - from);
        if (stop >= from) from = stop + 1;
        return FigurePatterns.RespondentsNamed().IsMatch(text.AsSpan(from, start - from)) && !FigurePatterns.LossSaidAfter().IsMatch(text, afterNoun);
    }

    private const int RespondentsReach = 200;

    // « Pour 48 % des cadres, « le déploiement de l'IA est une avancée » »: whose opinion follows, not a share of jobs. The
    // « pour » opens the sentence or a clause (« supprimer des postes pour 10 % des salariés, selon la direction » is a share).
    private static bool IsOpinionOf(string text, int start, int afterNoun)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (!before.EndsWith("pour", StringComparison.OrdinalIgnoreCase) || !text.AsSpan(afterNoun).TrimStart().StartsWith(",")) return false;
        var opening = before[..^4].TrimEnd(' ');
        return opening.IsEmpty || opening[^1] is '.' or '\n' or ':' or ';' or ',' or '!' or '?';
    }

    /// <summary>Adds the ratios or fractions of jobs or workers among <paramref name="matches"/>.</summary>
    public static void Add(string text, List<Match> matches, List<FigureCandidate> found, Func<Match, decimal?> percent)
    {
        foreach (var m in matches)
        {
            var nounGroup = m.Groups["noun"].Success ? m.Groups["noun"] : m.Groups["w1"];
            var noun = FigureNouns.Find(nounGroup.ValueSpan);
            // "un tiers de l'activité professionnelle" is not a share of professionals.
            var counted = nounGroup;
            if (noun is null && m.Groups["w2"].Success && FigureNouns.IsAdjective(nounGroup.ValueSpan))
                (noun, counted) = (FigureNouns.Find(m.Groups["w2"].ValueSpan), m.Groups["w2"]);
            var value = percent(m);
            if (noun is not { SharesJobs: true } || value is null or <= 0 or > 100) continue;
            // Read right after the noun: « la moitié des développeurs interrogés » are respondents.
            var afterNoun = m.Groups["den"].Success ? m.Index + m.Length : counted.Index + counted.Length;
            var end = m.Groups["den"].Success ? m.Index + m.Length : nounGroup.Index + nounGroup.Length;
            // The survey's own percentage in brackets is the figure; the words only round it.
            if (FigurePatterns.BracketedPercent().Match(text, end) is { Success: true } exact
                && FrenchNumbers.TryParseDigits(exact.Groups["pct"].Value, out var precise) && precise is > 0 and <= 100)
                (value, end, afterNoun) = (precise, exact.Index + exact.Length, Math.Max(afterNoun, exact.Index + exact.Length));
            // Respondents stay a ratio read, rejected: its numbers are no count of their own (« 4 cadres sur 10 utilisent l'IA »).
            var c = new FigureCandidate
            {
                Start = m.Index, End = end, NumberStart = m.Index, NumberEnd = end,
                Value = value.Value, Unit = "percent", Rejected = IsRespondents(text, afterNoun),
            };
            if (FigureHedges.Before(text, c.Start, out var spanStart) >= 0) (c.Approximate, c.Start) = (true, spanStart);
            found.Add(c);
        }
    }

    /// <summary>"deux emplois sur cinq" as a percentage (40), or null when it is not a proper ratio.</summary>
    public static decimal? RatioPercent(Match m)
    {
        var num = FrenchNumbers.SmallNumber(m.Groups["num"].Value);
        var den = FrenchNumbers.SmallNumber(m.Groups["den"].Value);
        if (num is null || den is null || num >= den) return null;
        return Math.Round(num.Value * 100m / den.Value, 2);
    }
}
