using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds impact figures: jobs lost, at risk or affected, workforce, shares of jobs and
/// money. A number becomes a figure only through what it counts (a job noun, a worker
/// noun, a currency, a percentage of jobs), so years, ages, durations and user counts
/// never do. One figure per distinct fact: repeats of the same kind, unit and value merge.
/// </summary>
public static class FigureExtractor
{
    public static IReadOnlyList<FigureFact> Extract(ArticleText text) =>
        Extract(text, [], []);

    /// <summary>
    /// Figures with whose claim they are, written under the names of the article's
    /// <paramref name="organizations"/> and <paramref name="people"/> (see <see cref="FigureClaims"/>), a figure
    /// in one of its <paramref name="quotes"/> credited to its speaker when its sentence names no source.
    /// </summary>
    public static IReadOnlyList<FigureFact> Extract(ArticleText text, IReadOnlyList<OrganizationFact> organizations, IReadOnlyList<PersonFact> people,
        IReadOnlyList<QuoteFact>? quotes = null)
    {
        var s = text.Matchable;
        var candidates = FigureCandidateFinder.Find(s, text.AnchorHits);
        FigureUnitResolver.Resolve(text, candidates);

        var facts = new List<(FigureFact Fact, bool FromCue)>();
        // The facts that open a range (« entre 2 600 et 4 400 milliards ») whose other end is the next fact.
        var rangeStarts = new HashSet<int>();
        FigureCandidate? openRange = null;
        var named = FigureNames.From(organizations, people);
        var horizons = new HorizonTracker(text);
        // Figures come in text order, often several to a sentence.
        (Span Sentence, FigureContext.SentenceNames Names)? names = null;
        var sectorWords = new List<int>();
        // The year each fact would have as a projection, read once its basis is known.
        var projectionYears = new List<int?>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!c.IsFigure || IsConversion(s, candidates, i)) continue;
            var sentence = text.SentenceAt(c.NumberStart);
            var classified = Classify(s, candidates, i, sentence);
            if (classified is not { } kind) continue;
            if (names?.Sentence != sentence) names = (sentence, FigureContext.Names(text, sentence, named.Contains));
            var (year, projectionYear) = horizons.YearsFor(sentence, c.NumberStart);
            var fact = new FigureFact(
                kind.Kind,
                c.Value,
                c.Unit!,
                c.Approximate,
                names.Value.Names.Sector(c.NumberStart),
                names.Value.Names.Region(c.NumberStart),
                year,
                new Span(c.Start, c.End));
            sectorWords.Add(names.Value.Names.SectorWordAt(c.NumberStart));
            projectionYears.Add(projectionYear);
            if (openRange == c) rangeStarts.Add(facts.Count - 1);
            openRange = c.RangeEnd;
            facts.Add((fact, kind.FromCue));
        }
        if (facts.Count == 0) return [];
        // « concerne 32 salariés en CDI (sur 200 environ) et 26 pigistes », « 48 000 suppressions… dont 31 000 d'entre elles »: a
        // count joined to a cued one, or a part of it, with no cue of its own, shares its kind and its words.
        var joined = new bool[facts.Count];
        for (var i = 1; i < facts.Count; i++)
        {
            var (previous, (fact, fromCue)) = (facts[i - 1], facts[i]);
            if (fromCue || !previous.FromCue || !IsCount(previous.Fact) || !IsCount(fact)
                || !Coordinated(text, previous.Fact.Span, fact.Span) && !FigurePatterns.Partitive().IsMatch(s.AsSpan(fact.Span.Start, fact.Span.Length))) continue;
            facts[i] = (fact with { Kind = previous.Fact.Kind }, true);
            joined[i] = true;
        }
        var claims = new FigureClaims(text, named, new QuotedFigures(s, quotes ?? []));
        var clauses = Enumerable.Range(0, facts.Count).Select(i => Clause(text, facts, i)).ToArray();
        // Both ends of a range are one statement: they share its words (« pèserait entre 2 600 et 4 400 »).
        foreach (var i in rangeStarts)
        {
            clauses[i] = clauses[i + 1] = new Span(clauses[i].Start, clauses[i + 1].End);
            facts[i + 1] = (facts[i + 1].Fact with { ClosesRange = true }, facts[i + 1].FromCue);
        }
        // A part or a restatement reads the words of the figure it details (« devraient atteindre 650 millions, dont 250 millions »),
        // and so does a breakdown in brackets right after it (« une perte de 22 milliards (10 milliards pour la musique et 12 pour… ) »).
        var inBreakdown = false;
        // The facts that restate the one before in other words (« 6 000 postes, soit 10 % de ses salariés »).
        var restates = new bool[facts.Count];
        for (var i = 1; i < facts.Count; i++)
        {
            var (before, span) = (facts[i - 1].Fact.Span, facts[i].Fact.Span);
            var sameSentence = before.End <= span.Start && text.SentenceAt(before.Start) == text.SentenceAt(span.Start);
            var between = sameSentence ? s.AsSpan(before.End, span.Start - before.End) : [];
            inBreakdown = sameSentence && (between.Trim() is "(" || inBreakdown && !between.ContainsAny(")."));
            restates[i] = sameSentence && FigurePatterns.Restatement().IsMatch(between);
            if (joined[i] || inBreakdown || sameSentence && FigurePatterns.PartOrRestatement().IsMatch(between))
                clauses[i] = new Span(Math.Min(clauses[i - 1].Start, clauses[i].Start), clauses[i].End);
            // « …pourraient s'évaporer. L'équation est brutale : cela représente environ 10 % des effectifs »: the
            // next sentence restates the figure before, as the same claim.
            else if (text.SentenceAt(span.Start) is var sentence && sentence.Start >= before.End && text.SentenceAt(before.Start).End >= sentence.Start - 2
                && FigurePatterns.RestatesPrevious().IsMatch(s.AsSpan(sentence.Start, span.Start - sentence.Start)))
                clauses[i] = new Span(Math.Min(clauses[i - 1].Start, clauses[i].Start), clauses[i].End);
        }
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = claims.Resolve(facts[i].Fact, clauses[i]);
            if (fact.Basis == FigureBasis.Projected) fact = fact with { Year = projectionYears[i] };
            // « la banque d'affaires américaine Goldman Sachs avançait 300 millions d'emplois menacés »: the noun says what the
            // source is, not whose jobs these are; it is the figure's sector only when the figure is that firm's.
            if (sectorWords[i] >= 0 && named.DescribedBy(s, sectorWords[i], text.SentenceAt(sectorWords[i]).End) is { } described && described != fact.Subject)
                fact = fact with { Sector = null };
            facts[i] = (fact, facts[i].FromCue);
        }
        // « prévoit de supprimer entre 4 000 et 6 000 postes dans le monde d'ici à fin 2028 »: what is said of the range is said
        // of both its ends, as the words after the second end tell it (where the jobs are, whose they are).
        foreach (var i in rangeStarts) facts[i] = (SameClaim(facts[i].Fact, facts[i + 1].Fact), facts[i].FromCue);
        // « 6 000 postes dans le monde d'ici à fin 2028, soit environ 10 % de ses 58 000 salariés »: a cut or a hire said again
        // as a share is the same claim, whoever's it is, and as firmly; so is a share said again as a count (« environ 59 % de la
        // main-d'œuvre québécoise …, soit environ 2,7 millions de personnes »).
        for (var i = 1; i < facts.Count; i++)
            if (restates[i] && (facts[i - 1].Fact.Kind is FigureKind.JobsLost or FigureKind.JobsCreated && facts[i].Fact.Kind == FigureKind.ShareOfJobs
                    || facts[i - 1].Fact.Kind == FigureKind.ShareOfJobs && IsCount(facts[i].Fact)))
                facts[i] = (SameClaim(facts[i].Fact, facts[i - 1].Fact), facts[i].FromCue);
        return FigureMerger.Merge(facts, claims.InTitle, fact => NamedInSentence(text, organizations, fact.Subject, fact.Span));
    }

    private static FigureFact SameClaim(FigureFact fact, FigureFact said) =>
        fact with { Basis = said.Basis, Attribution = said.Attribution, Subject = said.Subject, Year = said.Year };

    private static bool IsCount(FigureFact fact) => FigureUnitResolver.IsCount(fact.Unit) && fact.Kind is not FigureKind.Other;

    // A few words, asides in brackets, then « et » or a comma: « 32 salariés en CDI (sur 200 environ) et 26 pigistes ».
    private static bool Coordinated(ArticleText text, Span first, Span second)
    {
        if (first.End > second.Start || text.SentenceAt(first.Start) != text.SentenceAt(second.Start)) return false;
        var gap = FigurePatterns.Brackets().Replace(text.Matchable[first.End..second.Start], " ");
        return FigurePatterns.CoordinationGap().IsMatch(gap);
    }

    private static bool NamedInSentence(ArticleText text, IReadOnlyList<OrganizationFact> organizations, string? name, Span at)
    {
        if (name is null) return false;
        var sentence = text.SentenceAt(at.Start);
        return organizations.Any(o => o.Name == name && o.Mentions.Any(m => m.Start >= sentence.Start && m.End <= sentence.End));
    }

    // The words that belong to one figure of a sentence holding several: from the previous
    // figure to the next one or the next comma ("615 millions ont été payés, 250 millions devraient suivre").
    private static Span Clause(ArticleText text, List<(FigureFact Fact, bool FromCue)> facts, int i)
    {
        var span = facts[i].Fact.Span;
        var sentence = text.SentenceAt(span.Start);
        var left = i > 0 && facts[i - 1].Fact.Span.End <= span.Start && facts[i - 1].Fact.Span.End > sentence.Start
            ? facts[i - 1].Fact.Span.End
            : sentence.Start;
        var right = sentence.End;
        if (i + 1 < facts.Count && facts[i + 1].Fact.Span.Start < right && facts[i + 1].Fact.Span.Start >= span.End) right = facts[i + 1].Fact.Span.Start;
        // A figure's own words may run past its sentence's end; its clause still holds them.
        right = Math.Max(right, span.End);
        // « 82 salariés des services de fabrication, de correction… qui pourraient être impactés »: the relative clause is the figure's.
        var complements = FigureKindClassifier.PastComplementsBeforeQui(text.Matchable, span.End, right);
        var comma = text.Matchable.IndexOfAny([',', ';'], complements, right - complements);
        if (comma >= 0) right = comma;
        return new Span(left, right);
    }

    private static ClassifiedKind? Classify(string s, List<FigureCandidate> candidates, int i, Span sentence)
    {
        var c = candidates[i];
        if (FigureUnitResolver.FixedKind(c) is FigureKind fixedKind) return new ClassifiedKind(fixedKind, true);
        // Both ends of a range share one kind, read around the whole range.
        if (c.RangeEnd is { } end) return Classify(s, candidates, candidates.IndexOf(end), sentence);
        var left = LeftBound(s, candidates, i, sentence);
        // A part (« 217 des 383 salariés vont perdre leur emploi ») reads its words past the count it is taken from.
        var (counted, last) = c.PartOf is { } whole ? (whole, candidates.IndexOf(whole)) : (c, i);
        var right = sentence.End;
        // A number inside an aside right after the figure (« 12 500 emplois - répartis dans 110 entreprises - sont
        // menacés ») does not end the figure's words.
        var asides = FigureKindClassifier.PastAsides(s, counted.End, sentence.End);
        for (var j = last + 1; j < candidates.Count; j++)
        {
            if (candidates[j].IsYear || candidates[j].Start < asides || IsPlaceComplement(s, candidates[j])) continue;
            right = Math.Min(right, Math.Max(candidates[j].Start, counted.End));
            break;
        }
        var scope = new FigureScope(left, c.Start, counted.End, right);
        var kind = FigureKindClassifier.Classify(s, scope, c.Unit!, c.Value, counted.NounKind, c.IsDemonym, c.IsWhole);
        // « 900 suppressions de postes … la banque en a annoncé 1 800 supplémentaires »: with no word of its own, the count
        // « en » stands for says what happens to these too.
        return kind is { FromCue: false } && c.CountedBy?.NounKind is FigureKind counts ? new ClassifiedKind(counts, true) : kind;
    }

    // « 15 000 emplois dans 110 entreprises de la filière sont menacés »: a count of something else than jobs, people or
    // money, after a preposition, says where the figure is; the verb further on is still the figure's.
    private static bool IsPlaceComplement(string s, FigureCandidate c) =>
        c.Unit is null && !c.TakesUnitFromNeighbour && FigureCues.PlacePreposition().IsMatch(s.AsSpan(Math.Max(0, c.Start - 12), Math.Min(12, c.Start)));

    // "800 millions de dollars, soit environ 740 millions d'euros" states one amount twice.
    private static bool IsConversion(string s, List<FigureCandidate> candidates, int i)
    {
        var c = candidates[i];
        if (i == 0 || !FigureUnitResolver.IsMoney(c.Unit)) return false;
        var previous = candidates[i - 1];
        return previous.IsFigure && FigureUnitResolver.IsMoney(previous.Unit) && previous.Unit != c.Unit
            && previous.End <= c.Start && FigurePatterns.Conversion().IsMatch(s.AsSpan(previous.End, c.Start - previous.End));
    }

    // Words are read back to the previous number, or further when this figure restates
    // it ("supprimer 4 % de ses effectifs, soit environ 100 postes").
    private static int LeftBound(string s, List<FigureCandidate> candidates, int i, Span sentence)
    {
        var c = candidates[i];
        for (var j = i - 1; j >= 0; j--)
        {
            var previous = candidates[j];
            if (previous.IsYear) continue;
            if (previous.IsFigure && (previous.RangeEnd == c || FigureUnitResolver.IsApposed(s, previous, c)))
                return LeftBound(s, candidates, j, sentence);
            return Math.Max(sentence.Start, Math.Min(previous.End, c.Start));
        }
        return sentence.Start;
    }
}
