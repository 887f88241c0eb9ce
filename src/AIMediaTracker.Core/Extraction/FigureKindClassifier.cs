using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Where the words around a figure may be read: bounded by its sentence and its neighbours.</summary>
internal readonly record struct FigureScope(int Left, int Start, int End, int Right);

/// <summary>A kind and whether a cue in the text backs it (false: a default for the unit).</summary>
internal readonly record struct ClassifiedKind(FigureKind Kind, bool FromCue);

/// <summary>
/// Tells what happens to a count of jobs or people from the cues around it. The nearest
/// cue wins, looked for in this order: the words agreeing with the noun ("emplois
/// menacés"), the words governing the number ("la suppression de"), the rest of the
/// clause after it, the clause before it, then the sentence after it.
/// </summary>
internal static partial class FigureKindClassifier
{
    private const int ImmediateWords = 3;

    // The verb of a clause whose subject is the figure comes soon after it, even past an
    // incise ("8 000 emplois, selon le syndicat, pourraient disparaître"); words further
    // on belong to other clauses.
    private const int FarWords = 10;

    // Below this, an uncued count of people names characters of the story ("trois artistes
    // ont porté plainte"), not a workforce.
    private const decimal SmallestWorkforce = 20;

    // « les effectifs d'Accenture de »: the staff noun, two words and « de » before the number.
    private const int StaffReach = 50;

    public static ClassifiedKind? Classify(string text, FigureScope scope, string unit, decimal value, FigureKind? nounKind, bool isDemonym, bool isWhole = false)
    {
        // The few words right before the number: what governs it (« a gelé », « les », « la suppression de »).
        var immediateStart = WordsBefore(text, scope.Start, scope.Left, ImmediateWords + 1);
        // « cela ne signifie pas que 7 800 employés vont être licenciés »: what a sentence denies is no job figure.
        if (HasMatch(FigureCues.Denial(), text, scope.Left, scope.Start)) return null;
        // « IBM a gelé 7 800 embauches »: hires frozen are not created, and the count is no job figure.
        if (nounKind == FigureKind.JobsCreated && HasMatch(FigureCues.Freeze(), text, immediateStart, scope.Start))
            return null;
        if (nounKind is FigureKind k)
            return new ClassifiedKind(k == FigureKind.JobsLost && HasModal(text, scope.Left, scope.Start)
                && !FigureCues.DefiniteBefore().IsMatch(text.AsSpan(immediateStart, scope.Start - immediateStart)) ? FigureKind.JobsAtRisk : k, true);

        // « 12 500 emplois (comédiens, traducteurs) - répartis dans 110 entreprises - sont menacés »: the words
        // agreeing with the count come after what is set between brackets or dashes.
        var end = PastAsides(text, scope.End, scope.Right);
        var nearEnd = Boundary(FigureCues.NearBoundary(), text, end, scope.Right);
        var farEnd = WordsAfter(text, end, Boundary(FigureCues.FarBoundary(), text, end, scope.Right), FarWords);
        // A relative clause describes the figure itself: "7 800 postes qui pourraient être remplacés", past the
        // complements that say who they are (« 82 salariés des services de fabrication, de correction et de documentation qui… »).
        if (PastComplementsBeforeQui(text, end, scope.Right) is var qui && qui > end)
            (end, nearEnd) = (qui, Boundary(FigureCues.NearBoundary(), text, qui, scope.Right));
        var immediateEnd = StartsWithQui(text, end) ? nearEnd : WordsAfter(text, end, nearEnd, ImmediateWords);

        // "ses 700 salariés" is a noun phrase naming a workforce: words before it govern the phrase,
        // not the count ("la formation de ses 20 000 salariés").
        var possessive = unit == "people" && FigureCues.Possessive().IsMatch(text.AsSpan(immediateStart, scope.Start - immediateStart));
        var agreeing = FirstCue(text, end, immediateEnd, scope.Left);
        // "7 % des 35 000 salariés", "leader mondial avec 780 000 salariés": the whole a share or a
        // firm is measured against is its workforce.
        if (agreeing is null && (FigureCues.WorkforceBefore().IsMatch(text.AsSpan(Math.Max(0, scope.Start - 24), Math.Min(24, scope.Start)))
                || unit == "people" && FigureCues.StaffSizeBefore().IsMatch(text.AsSpan(Math.Max(scope.Left, scope.Start - StaffReach), Math.Min(StaffReach, scope.Start - scope.Left)))))
            return new ClassifiedKind(FigureKind.Workforce, true);
        // « 140 de ses 900 employés seront licenciés »: the verb after the people a part is taken from is the part's.
        // « 10 000 des 55 000 postes qui seraient supprimés »: a relative clause says what the whole itself is.
        if (isWhole && unit is "people" or "jobs" && !(agreeing is not null && StartsWithQui(text, end)))
            return new ClassifiedKind(FigureKind.Workforce, true);

        var governing = possessive ? null : LastCue(text, immediateStart, scope.Start, scope.Left);
        // « le licenciement de 124 employés travaillant dans son studio », « cela va toucher 15 000 personnes qui travaillent dans les
        // studios »: where they work describes those the word before acts on.
        if (agreeing is FigureKind.Workforce && governing is FigureKind.JobsLost or FigureKind.JobsAtRisk or FigureKind.JobsCreated or FigureKind.JobsAffected)
            agreeing = null;
        var found = agreeing
            ?? governing
            ?? FirstCue(text, end, nearEnd, scope.Left)
            ?? (possessive ? null : LastCue(text, scope.Left, scope.Start, scope.Left))
            ?? FirstCue(text, end, farEnd, scope.Left);
        if (found is FigureKind.JobsAffected && PassesOn(text, scope, immediateStart, immediateEnd))
            found = LossIn(text, scope.Left, nearEnd) ?? found;
        if (found is FigureKind kind) return new ClassifiedKind(kind, true);

        // A nationality counts workers only when something happens to them.
        if (isDemonym) return null;
        if (unit == "jobs") return new ClassifiedKind(FigureKind.JobsAffected, false);
        return value < SmallestWorkforce || HasMatch(FigureCues.NonWorker(), text, scope.Left, nearEnd)
            ? null
            : new ClassifiedKind(FigureKind.Workforce, false);
    }

    /// <summary>
    /// Past the complements of a noun up to the relative clause that follows them (« des services de fabrication, de
    /// correction et de documentation » before « qui pourraient être impactés »), or <paramref name="from"/> if there is none.
    /// Read in one pass: every part after a comma must open on « de », « et de »…, and nothing may end the clause before « qui ».
    /// </summary>
    public static int PastComplementsBeforeQui(string text, int from, int limit)
    {
        var reach = Math.Min(limit, from + LongestComplements) - from;
        var qui = reach > 0 ? text.IndexOf(" qui ", from, reach, StringComparison.Ordinal) : -1;
        if (qui < 0) return from;
        var between = text.AsSpan(from, qui - from);
        if (between.IndexOfAny(".;:!?«»()\"") >= 0) return from;
        foreach (var part in between.Split(','))
            if (!ComplementOpens().IsMatch(between[part])) return from;
        return qui;
    }

    private const int LongestComplements = 240;

    [GeneratedRegex(@"^[ ](?:et[ ])?(?:de[ ]|des[ ]|du[ ]|d')", RegexOptions.CultureInvariant)]
    private static partial Regex ComplementOpens();

    private static bool StartsWithQui(string text, int at)
    {
        var span = text.AsSpan(at).TrimStart(' ');
        return span.StartsWith("qui ", StringComparison.OrdinalIgnoreCase);
    }

    // Only a verb that passes on ("touche", "concerne") next to the figure yields to a loss named in the clause.
    private static bool PassesOn(string text, FigureScope scope, int immediateStart, int immediateEnd)
    {
        foreach (var (from, to) in new[] { (scope.End, immediateEnd), (immediateStart, scope.Start) })
        {
            if (to <= from) continue;
            var m = FigureCues.Affected().Match(text, from, to - from);
            if (m.Success) return FigureCues.PassOn().IsMatch(m.Value);
        }
        return false;
    }

    private static FigureKind? LossIn(string text, int from, int to)
    {
        var kind = NearestCue(text, from, to, from, first: true, only: FigureKind.JobsLost);
        return kind ?? NearestCue(text, from, to, from, first: true, only: FigureKind.JobsAtRisk);
    }

    private static FigureKind? FirstCue(string text, int from, int to, int clauseStart) =>
        NearestCue(text, from, to, clauseStart, first: true);

    private static FigureKind? LastCue(string text, int from, int to, int clauseStart) =>
        NearestCue(text, from, to, clauseStart, first: false);

    private static FigureKind? NearestCue(string text, int from, int to, int clauseStart, bool first, FigureKind? only = null)
    {
        if (to <= from) return null;
        (int At, FigureKind Kind, string Cue)? best = null;
        if (only is null or FigureKind.JobsLost) Consider(FigureCues.Lost(), FigureKind.JobsLost);
        if (only is null or FigureKind.JobsAtRisk) Consider(FigureCues.AtRisk(), FigureKind.JobsAtRisk);
        if (only is null) Consider(FigureCues.Affected(), FigureKind.JobsAffected);
        if (only is null) Consider(FigureCues.Created(), FigureKind.JobsCreated);
        if (only is null) Consider(FigureCues.Workforce(), FigureKind.Workforce);
        if (best is not { } b) return null;
        var modal = HasModal(text, Math.Max(clauseStart, b.At - 40), b.At);
        // Replacement is a risk only behind a modal: "seront remplacés", "ont été remplacés" are cuts.
        if (b.Kind == FigureKind.JobsAtRisk && !modal && b.Cue.StartsWith("rempla", StringComparison.OrdinalIgnoreCase)) return FigureKind.JobsLost;
        return b.Kind == FigureKind.JobsLost && modal ? FigureKind.JobsAtRisk : b.Kind;

        void Consider(Regex cue, FigureKind kind)
        {
            for (var m = cue.Match(text, from, to - from); m.Success; m = m.NextMatch())
            {
                if (IsNegated(text, m.Index, clauseStart) || FigureCues.IsException(kind, text, m)) continue;
                if (best is null || (first ? m.Index < best.Value.At : m.Index > best.Value.At))
                    best = (m.Index, kind, m.Value);
                if (first) break;
            }
        }
    }

    private static bool IsNegated(string text, int cueStart, int clauseStart)
    {
        var from = WordsBefore(text, cueStart, clauseStart, 3);
        return HasMatch(FigureCues.Negation(), text, from, cueStart);
    }

    private static bool HasModal(string text, int from, int to) => HasMatch(FigureCues.Modal(), text, from, to);

    private static bool HasMatch(Regex regex, string text, int from, int to) =>
        to > from && regex.IsMatch(text.AsSpan(from, to - from));

    private static int Boundary(Regex regex, string text, int from, int limit)
    {
        if (limit <= from) return from;
        var m = regex.Match(text, from, limit - from);
        return m.Success ? m.Index : limit;
    }

    private const int LongestAside = 120;

    /// <summary>
    /// Past the asides right after <paramref name="from"/>: a bracket, a pair of dashes, a participle between commas
    /// (<see cref="FigureCues.ParticipleAside"/>) or the count said again (<see cref="FigureCues.RestatementAside"/>), closed
    /// before <paramref name="limit"/>.
    /// </summary>
    public static int PastAsides(string text, int from, int limit)
    {
        while (true)
        {
            var i = from;
            while (i < limit && text[i] == ' ') i++;
            if (i >= limit) return from;
            var close = text[i] switch
            {
                '(' => text.IndexOf(')', i + 1, Math.Min(LongestAside, limit - i - 1)),
                '-' or '–' or '—' when i > from && i + 1 < limit && text[i + 1] == ' '
                    => text.IndexOf(" " + text[i] + " ", i + 1, Math.Min(LongestAside, limit - i - 1), StringComparison.Ordinal) is var d and >= 0 ? d + 1 : -1,
                _ => -1,
            };
            if (close < 0 && CommaAside(text, from, limit) is { } aside) close = aside.Index + aside.Length - 1;
            // Within brackets a dot is an ellipsis or an abbreviation (« (comédiens, traducteurs, techniciens...) »), not a sentence's end.
            if (close < 0 || text.AsSpan(i, close - i).ContainsAny(text[i] == '(' ? ";:!?" : ".;:!?")) return from;
            from = close + 1;
        }
    }

    // A participle or the count said again, between commas.
    private static Match? CommaAside(string text, int from, int limit) =>
        FigureCues.ParticipleAside().Match(text, from, limit - from) is { Success: true } participle ? participle
        : FigureCues.RestatementAside().Match(text, from, limit - from) is { Success: true } restated ? restated : null;

    private static int WordsAfter(string text, int from, int limit, int words)
    {
        var i = from;
        for (var n = 0; n < words && i < limit; n++)
        {
            while (i < limit && text[i] == ' ') i++;
            while (i < limit && text[i] != ' ') i++;
        }
        return Math.Min(i, limit);
    }

    private static int WordsBefore(string text, int to, int limit, int words)
    {
        var i = to;
        for (var n = 0; n < words && i > limit; n++)
        {
            while (i > limit && text[i - 1] == ' ') i--;
            while (i > limit && text[i - 1] != ' ') i--;
        }
        return Math.Max(i, limit);
    }
}
