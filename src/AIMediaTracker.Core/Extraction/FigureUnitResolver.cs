using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Gives units to numbers that only have one through a neighbour: the first end of a
/// range ("entre 2 600 et 4 400 milliards de dollars") and elliptic counts
/// ("170 millions de postes créés, 92 millions détruits").
/// </summary>
internal static class FigureUnitResolver
{
    public static void Resolve(ArticleText text, List<FigureCandidate> candidates)
    {
        JoinRanges(text.Matchable, candidates);
        RepeatedAmounts(candidates);
        PartsAndWholes(text.Matchable, candidates);
        BorrowUnits(text, candidates);
        CountsNamedBefore(text, candidates);
        CutsNamedAfter(text.Matchable, candidates);
    }

    // « Nestlé va réduire de 16 000 le nombre de postes », « diminuer de 300 ses effectifs »: a bare number a cut is
    // measured by counts what is named after it, and the cut says the kind.
    private static void CutsNamedAfter(string text, List<FigureCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Unit is not null || c.IsYear || c.Rejected) continue;
            var from = Math.Max(0, c.Start - 40);
            if (!FigurePatterns.CutBy().IsMatch(text.AsSpan(from, c.Start - from))) continue;
            if (FigurePatterns.CutCountAfter().Match(text, c.End) is not { Success: true } after) continue;
            var noun = after.Groups["noun"];
            var unit = noun.Success ? FigureNouns.Find(noun.ValueSpan)?.Unit : "people";
            if (unit is not ("jobs" or "people")) continue;
            (c.Unit, c.NounKind) = (unit, FigureKind.JobsLost);
        }
    }

    // « Le nombre d'employés d'Intelcia est passé de 500 en 2006 à 40 000 aujourd'hui », « ses effectifs sont passés
    // de 5 000 à 3 800 »: what the bare numbers count is named before the verb of their change.
    private static void CountsNamedBefore(ArticleText text, List<FigureCandidate> candidates)
    {
        var s = text.Matchable;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Unit is not null || c.IsYear || !c.IsBare) continue;
            var sentence = text.SentenceAt(c.NumberStart);
            var from = Math.Max(sentence.Start, c.Start - 120);
            if (FigurePatterns.CountChangedFrom().Match(s, from, c.Start - from) is not { Success: true } named) continue;
            var noun = named.Groups["noun"];
            var unit = noun.Success ? FigureNouns.Find(noun.ValueSpan)?.Unit : "people";
            if (string.IsNullOrEmpty(unit)) continue;
            c.Unit = unit;
            // Its other end: « à 40 000 », past a year (« de 500 en 2006 à 40 000 »).
            for (var j = i + 1; j < candidates.Count && candidates[j].Start < sentence.End; j++)
            {
                var next = candidates[j];
                if (next.IsYear) continue;
                if (next.Unit is null && next.IsBare && FigurePatterns.ChangedTo().IsMatch(s.AsSpan(c.NumberEnd, next.Start - c.NumberEnd))) next.Unit = unit;
                break;
            }
        }
    }

    // « l'annonce de 37 milliards d'euros d'investissements … Sur les 37 milliards annoncés par l'Élysée »: an amount with
    // its scale, said again without its currency, is the amount said before.
    private static void RepeatedAmounts(List<FigureCandidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Unit is not null || c.Scale is null || c.IsYear || c.Rejected || !c.IsBare) continue;
            for (var j = i - 1; j >= 0; j--)
                if (candidates[j] is { Unit: var unit } said && IsMoney(unit) && said.Value == c.Value)
                {
                    c.Unit = unit;
                    break;
                }
        }
    }

    // « 217 des 383 salariés vont perdre leur emploi », « va licencier 209 salariés sur 383 »: the part counts
    // what the whole counts, and the whole is the staff it is taken from.
    private static void PartsAndWholes(string text, List<FigureCandidate> candidates)
    {
        for (var i = 0; i + 1 < candidates.Count; i++)
        {
            var (c, next) = (candidates[i], candidates[i + 1]);
            if (c.IsYear || next.IsYear || c.Rejected || next.Rejected || c.End > next.Start) continue;
            var between = text.AsSpan(c.End, next.Start - c.End);
            if (c.Unit is null && IsCount(next.Unit) && FigurePatterns.PartOfNext().IsMatch(between))
            {
                (c.Unit, c.IsDemonym, c.TakesUnitFromNeighbour) = (next.Unit, next.IsDemonym, false);
                c.PartOf = next;
                next.IsWhole = true;
            }
            else if (IsCount(c.Unit) && next.Unit is null && next.IsBare && FigurePatterns.WholeAfter().IsMatch(between))
            {
                (next.Unit, next.IsDemonym, next.TakesUnitFromNeighbour) = (c.Unit, c.IsDemonym, false);
                next.IsWhole = true;
            }
            // « Sur les 383 emplois, 217 seront supprimés », « Sur les 383 salariés de l'entreprise, 217 perdront leur
            // travail »: the whole named first, then the part.
            // « Sur les 37 milliards annoncés, 20 milliards correspondent à des projets nouveaux »: so is an amount.
            else if ((IsCount(c.Unit) || IsMoney(c.Unit)) && next.Unit is null && next.IsBare
                && FigurePatterns.WholeFirst().IsMatch(text.AsSpan(Math.Max(0, c.Start - 16), Math.Min(16, c.Start)))
                && FigurePatterns.WholeThenPart().IsMatch(between))
            {
                (next.Unit, next.IsDemonym, next.TakesUnitFromNeighbour) = (c.Unit, c.IsDemonym, false);
                c.IsWhole = true;
            }
        }
    }

    private static void JoinRanges(string text, List<FigureCandidate> candidates)
    {
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var first = candidates[i];
            var second = candidates[i + 1];
            if (second.Unit is null || second.Rejected) continue;
            if (first.IsYear && !second.IsYear) continue;
            if (second.NumberStart < first.NumberEnd) continue;
            // « de 20 % à 30 % des effectifs »: both ends written with the sign, what they are shares of after
            // the second only, so the first, read alone, was rejected as a share of nothing known.
            var bothPercent = first.Unit == "percent" && second.Unit == "percent" && first.End <= second.Start
                && text.AsSpan(first.NumberEnd, first.End - first.NumberEnd).Trim() is "%" or "pour cent";
            if (!bothPercent && (first.Unit is not null || first.Rejected)) continue;
            var joinedAt = bothPercent ? first.End : first.NumberEnd;
            if (!FigurePatterns.RangeJoin().IsMatch(text.AsSpan(joinedAt, second.Start - joinedAt))) continue;
            first.Rejected = false;

            // The scale is written once, on the second end: "2 600" means 2 600 milliards.
            if (first.Scale is null && second.Scale is decimal scale) first.Value *= scale;
            first.Unit = second.Unit;
            first.NounKind = second.NounKind;
            first.IsDemonym = second.IsDemonym;
            first.TakesUnitFromNeighbour = false;
            first.RangeEnd = second;
        }
    }

    private static void BorrowUnits(ArticleText text, List<FigureCandidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Unit is not null || c.IsYear || c.Rejected) continue;
            var countedByEn = c.IsBare && IsCountedByEn(text.Matchable, c);
            if (!c.TakesUnitFromNeighbour && !countedByEn && !(c.IsBare && (IsApposed(text.Matchable, candidates[i - 1], c)
                || IsListedAfter(text.Matchable, candidates[i - 1], c) || IsChangedTo(text.Matchable, candidates[i - 1], c)))) continue;
            var sentence = text.SentenceAt(c.NumberStart);
            for (var j = i - 1; j >= 0 && candidates[j].Start >= sentence.Start; j--)
            {
                var previous = candidates[j];
                if (!previous.IsFigure || previous.Unit == "percent") continue;
                c.Unit = previous.Unit;
                c.IsDemonym = previous.IsDemonym;
                if (countedByEn) c.CountedBy = previous;
                break;
            }
            // « 120 000 salariés, dont 20 000 à 30 000 pourraient… »: a part given as a range, its second end bare too.
            if (c.Unit is not null && c.IsBare && i + 1 < candidates.Count && candidates[i + 1] is { Unit: null, IsBare: true, IsYear: false, Rejected: false } next
                && next.Start >= c.NumberEnd && FigurePatterns.RangeJoin().IsMatch(text.Matchable.AsSpan(c.NumberEnd, next.Start - c.NumberEnd)))
            {
                (next.Unit, next.IsDemonym) = (c.Unit, c.IsDemonym);
                c.RangeEnd = next;
            }
        }
    }

    // « …300 millions d'emplois et elle en menace 7 800 »: « en » stands for the count's noun.
    private static bool IsCountedByEn(string text, FigureCandidate c) =>
        FigurePatterns.EnPronounBefore().IsMatch(text.AsSpan(Math.Max(0, c.NumberStart - 40), Math.Min(40, c.NumberStart)));

    /// <summary>Whether <paramref name="c"/> restates or narrows <paramref name="previous"/> ("soit", "dont").</summary>
    public static bool IsApposed(string text, FigureCandidate previous, FigureCandidate c)
    {
        if (previous.End > c.Start) return false;
        var between = text.AsSpan(previous.End, c.Start - previous.End);
        return between.IndexOfAny(".!?\n") < 0 && FigurePatterns.Apposition().IsMatch(between);
    }

    // « 90 000 employés au Maroc et plus de 20 000 en Tunisie », « dont 15 000 chez Intel et 12 500 chez Dell »: a bare number after
    // « et », then a place or an employer, counts what the one before counts.
    private static bool IsListedAfter(string text, FigureCandidate previous, FigureCandidate c) =>
        IsCount(previous.Unit) && previous.End <= c.Start && text.AsSpan(previous.End, c.Start - previous.End) is var between
        && between.IndexOfAny(".!?;\n") < 0 && between.TrimEnd().EndsWith(" et") && FigurePatterns.PlaceAfter().IsMatch(text, c.NumberEnd);

    // « Je suis passé de 9 000 employés à environ 5 000 »: the other end of a change counts what the first counts.
    private static bool IsChangedTo(string text, FigureCandidate previous, FigureCandidate c) =>
        IsCount(previous.Unit) && previous.End <= c.Start && text.AsSpan(0, previous.Start).EndsWith(" de ", StringComparison.Ordinal)
        && FigurePatterns.ChangedTo().IsMatch(text.AsSpan(previous.End, c.Start - previous.End));

    /// <summary>Whether a figure counts jobs or people, the units whose kind depends on context.</summary>
    public static bool IsCount(string? unit) => unit is "jobs" or "people";

    public static bool IsMoney(string? unit) => unit is not null && !IsCount(unit) && unit != "percent";

    public static FigureKind? FixedKind(FigureCandidate c) =>
        c.Unit == "percent" ? FigureKind.ShareOfJobs : IsMoney(c.Unit) ? FigureKind.Money : null;
}
