using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AIMediaTracker.Core.Claims;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The sector, region and horizon year a figure refers to, as its sentence names them.
/// Horizons carry over: "dans le même laps de temps" means the last horizon named
/// (see <see cref="HorizonTracker"/>).
/// </summary>
internal static partial class FigureContext
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The places of Data/regions.txt, then the nationalities that name a region.
    internal static readonly (string Pattern, string Region)[] Regions =
        [.. LexiconFile.Get("regions.txt").Pairs("regions"), .. Nationalities.Regions];

    // « le monde du travail » is a milieu, not the world: a place followed by its complement.
    private static readonly string[] NotRegions = [.. LexiconFile.Get("regions.txt").Entries("not-regions")];

    internal static readonly (string Pattern, string Sector)[] Sectors = [.. LexiconFile.Get("figure-sectors.txt").Pairs("sectors")];

    // A sector name is one or two words; a second word that is a verb or a linking word ends it
    // ("le secteur du jeu vidéo emploie..." names "jeu vidéo", « l'industrie des professionnels de la voix » « professionnels »).
    private const string NameWord = @"\p{L}[\p{L}'-]*";

    private const string NotName =
        @"(?:qui|où|dont|et|ou|en|à|au|aux|avec|dans|selon|pour|par|sur|comme|de|du|des|d'|la|le|les|l'|rien|ne|n'|se|s'|y|est|sont|a|ont|emploi\p{L}+|compt\p{L}*|représent\p{L}*|pès\p{L}*|pèse|devr\p{L}*|pourr\p{L}*|f[ae]\p{L}*|perd\p{L}*|gagn\p{L}*|voit|verra|connaît|subit|vit|reste)(?![\p{L}])";

    private static readonly Regex NamedSectorRegex = new(
        @"(?<![\p{L}])(?:" + LexiconNotation.Alternation(LexiconFile.Get("figure-sectors.txt").Entries("sector-heads")) + @")\s+(?:du|de\s+la|de\s+l'|des)\s*(?<name>"
        + NameWord + @"(?:\s+(?!" + NotName + ")" + NameWord + ")?)", LexiconNotation.Options);

    private const string HorizonPattern = @"(?<![\p{L}])(?:d'ici(?:\s+à|\s+a)?(?:\s+(?:la\s+)?fin(?:\s+de|\s+d')?)?|à\s+l'horizon|à\s+l'échéance|horizon|jusqu'en|en|pour|avant|exercice|l'exercice)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?(?<year>(?:19|20)\d{2})(?!\d)";

    [GeneratedRegex(HorizonPattern, Options)]
    internal static partial Regex Horizon();

    [GeneratedRegex(@"\G(?:" + HorizonPattern + ")", Options)]
    private static partial Regex HorizonAtStart();

    // Tried only before the years of a sentence: a horizon ends on its year, with at most six words
    // before it (« d'ici à la fin de décembre 2030 »).
    private static readonly AnchoredSearch HorizonSearch = new(HorizonAtStart(), wordsBefore: 6);

    [GeneratedRegex(@"(?<![\p{L}])(?:d'ici|à\s+l'horizon|horizon|à\s+l'échéance)", Options)]
    private static partial Regex ForwardHorizon();

    [GeneratedRegex(@"(?<![\p{L}])(?:dans\s+le\s+même\s+laps\s+de\s+temps|sur\s+la\s+même\s+période|à\s+la\s+même\s+échéance|au\s+même\s+horizon|d'ici\s+là|dans\s+le\s+même\s+temps|à\s+cette\s+échéance|à\s+cet\s+horizon)", Options)]
    private static partial Regex SameHorizon();

    /// <summary>The horizon years a sentence names, in text order, each with whether it points forward ("d'ici 2026").</summary>
    public static List<(int Index, int Year, bool Forward)> Horizons(string text, int sentenceStart, int sentenceEnd)
    {
        var found = new List<(int, int, bool)>();
        // Every horizon ends on a year: a sentence without one names none.
        var years = YearStarts(text, sentenceStart, sentenceEnd);
        if (years.Count == 0) return found;
        foreach (var (index, length) in HorizonSearch.Spans(text, new Span(sentenceStart, sentenceEnd), years))
        {
            // The match ends on its year.
            var year = int.Parse(text.AsSpan(index + length - 4, 4), CultureInfo.InvariantCulture);
            found.Add((index, year, ForwardHorizon().IsMatch(text.AsSpan(index, length))));
        }
        return found;
    }

    // A past verb of publishing or estimating, as a statement's date is written with it.
    private const string PastStatement = @"(?:(?:publi|sort|dévoil|présent|estim|prévoy|prédis|calcul|chiffr|tabl|évalu|anticip|avanç)(?:ait|aient)"
        + @"|(?:a|ont|avait|avaient)\s+(?:publié|sorti|dévoilé|présenté|estimé|prévu|prédit|calculé|chiffré|évalué|anticipé|avancé)"
        + @"|publia|dévoila|présenta|estima|prévit|calcula|chiffra|évalua|avança)";

    // « En 2023, Goldman Sachs sortait des chiffres : … »: a year opening the clause of a past statement dates the statement.
    [GeneratedRegex(@"\Gen\s+(?:19|20)\d{2}\s*,?\s+(?:[^\s:;.!?]+\s+){0,8}?" + PastStatement + @"(?![\p{L}])", Options)]
    private static partial Regex StatementYearAhead();

    // « une étude publiée en 2024 »: the year after a study's participle dates the study.
    [GeneratedRegex(@"(?<![\p{L}])(?:publiée?s?|parue?s?|sortie?s?|réalisée?s?|menée?s?|dévoilée?s?|présentée?s?)\s+$", Options)]
    private static partial Regex StatementParticipleBefore();

    /// <summary>
    /// Whether the horizon at <paramref name="index"/> (« en 2023 ») dates when a figure was published or estimated rather
    /// than what it refers to: a projection's year is then not that one.
    /// </summary>
    public static bool DatesAStatement(string text, int index) =>
        StatementYearAhead().IsMatch(text, index) || StatementParticipleBefore().IsMatch(text.AsSpan(Math.Max(0, index - 20), Math.Min(index, 20)));

    /// <summary>The year nearest the figure among its sentence's <paramref name="horizons"/>, else the earlier horizon the sentence refers back to.</summary>
    public static int? Year(string text, int sentenceStart, int sentenceEnd, List<(int Index, int Year, bool Forward)> horizons, int figureStart, int? previousHorizon)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (index, year, _) in horizons)
        {
            var distance = Math.Abs(index - figureStart);
            if (distance < bestDistance && !DatesAnotherCount(text, sentenceStart, sentenceEnd, index, figureStart) && !DatesTheComparedCount(text, index, figureStart))
                (best, bestDistance) = (year, distance);
        }
        if (best is null && SameHorizon().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
            best = previousHorizon;
        return best;
    }

    // « Le Point, subventionné à hauteur de 2,6 millions d'euros en 2024, va supprimer 58 postes », « le groupe, qui comptait
    // 5 000 salariés en 2020, a supprimé 300 postes »: a year in an aside between the subject and its verb, with another
    // number or a firm's founding, dates that, not the figures of the clause that resumes after it. Only such an aside: « … la suppression
    // de 1 250 emplois en 2023, soit 5 % de ses effectifs » and « … d'ici 2030, soit un solde de 78 millions » keep their year.
    private static bool DatesAnotherCount(string text, int sentenceStart, int sentenceEnd, int horizon, int figureStart)
    {
        var from = horizon;
        while (from > sentenceStart && !IsClauseMark(text, from - 1)) from--;
        var to = horizon;
        while (to < sentenceEnd && !IsClauseMark(text, to)) to++;
        // Opened and closed inside the sentence, by a comma before the clause's verb, with the figure after it.
        if (from == sentenceStart || to == sentenceEnd || figureStart < to || text[to] != ',' || !VerbResumes().IsMatch(text, to + 1)) return false;
        if (FoundedBefore().IsMatch(text.AsSpan(from, horizon - from))) return true;
        var years = YearStarts(text, from, to);
        for (var i = from; i < to; i++)
            if (char.IsAsciiDigit(text[i]) && (i == from || !char.IsAsciiDigit(text[i - 1]) && text[i - 1] != ',') && !years.Contains(i)) return true;
        return false;
    }

    // « 260 000 employés aujourd'hui, contre 430 000 en 2013 »: the year after a count the figure is compared with dates that count;
    // so does the year of a change's first end (« est passé de 500 en 2006 à 40 000 »).
    private static bool DatesTheComparedCount(string text, int horizon, int figureStart)
    {
        if (horizon > figureStart)
        {
            var comparison = ComparedWith().Match(text, figureStart, horizon - figureStart);
            return comparison.Success && text.AsSpan(comparison.Index, horizon - comparison.Index).ContainsAnyInRange('0', '9');
        }
        // The words between a change's ends, as the unit resolver reads them, from the year to the figure's hedge.
        FigureHedges.Before(text, figureStart, out var figureTextStart);
        return FigurePatterns.ChangedTo().IsMatch(text.AsSpan(horizon, figureTextStart - horizon))
            && text.AsSpan(0, horizon).TrimEnd() is [.., var before] && char.IsAsciiDigit(before);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:contre|par\s+rapport\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?))\s", Options)]
    private static partial Regex ComparedWith();

    // What closes an aside; a comma only as it is written between clauses, not in « 2,6 millions ».
    private static bool IsClauseMark(string text, int i) => text[i] switch
    {
        ',' => i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]),
        ';' or '(' or ')' or '–' or '—' => true,
        _ => false,
    };

    // « Le groupe Varnex, fondé en 2020, a supprimé 300 postes »: the aside's year is the firm's birth.
    [GeneratedRegex(@"(?<![\p{L}])(?:fondée?s?|créée?s?|née?s?|lancée?s?|rachetée?s?)\s+$", Options)]
    private static partial Regex FoundedBefore();

    // The verb of the clause the aside interrupted, right after its closing comma.
    [GeneratedRegex(@"\G\s+(?:a|ont|va|vont|vient|viennent|est|sont|était|étaient|avait|avaient|doit|doivent|devrait|devraient|pourrait|pourraient|"
        + @"compte|comptent|prévoit|prévoient|annonce|annoncent|entend|entendent|veut|veulent|s'apprête|s'apprêtent|supprime|suppriment|licencie|licencient)(?![\p{L}])", Options)]
    private static partial Regex VerbResumes();

    /// <summary>The last forward horizon among a sentence's <paramref name="horizons"/>, or null.</summary>
    public static int? ForwardYear(List<(int Index, int Year, bool Forward)> horizons)
    {
        int? last = null;
        foreach (var (_, year, forward) in horizons)
            if (forward) last = year;
        return last;
    }

    /// <summary>Where a year as Horizon reads it starts in the sentence: "19" or "20" and two more digits.</summary>
    internal static List<int> YearStarts(string text, int start, int end)
    {
        var found = new List<int>();
        for (var i = start; i + 3 < end; i++)
        {
            var at = text.AsSpan(i, end - i).IndexOfAny('1', '2');
            if (at < 0) break;
            i += at;
            if (i + 3 < end && (text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                found.Add(i);
        }
        return found;
    }

    /// <summary>The sectors and regions a sentence names, read once for all the figures it holds.</summary>
    public static SentenceNames Names(ArticleText article, Span sentence, Func<int, bool>? insideName = null) => new(article, sentence, insideName);

    public sealed class SentenceNames
    {
        private readonly int sentenceStart;
        private readonly string? namedSector;
        private readonly string? unknownNamedSector;
        private readonly int[] sectors;
        private readonly int[] regions;

        internal SentenceNames(ArticleText article, Span sentence, Func<int, bool>? insideName)
        {
            var text = article.Matchable;
            sentenceStart = sentence.Start;
            var named = NamedSectorRegex.Match(text, sentence.Start, sentence.End - sentence.Start);
            namedSector = named.Success ? Unglued(named.Groups["name"].Value.Trim()) : null;
            var words = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            // « l'industrie des professionnels de la voix »: a named sector the vocabulary does not know gives way to a known one in the sentence.
            if (namedSector is not null && SectorVocabulary.Map(namedSector) == SectorVocabulary.Unspecified) (unknownNamedSector, namedSector) = (namedSector, null);
            sectors = namedSector is null ? Positions(article.AnchorHits, AnchorWords.Sectors, words, sentence, Sectors, wholeWord: false) : [];
            // « qui va, selon la presse allemande, supprimer 1 500 postes »: the press a figure is credited to is no sector of it.
            for (var k = 0; k < sectors.Length; k++)
                if (sectors[k] >= 0 && SourceCueBefore().IsMatch(words[..sectors[k]])) sectors[k] = -1;
            regions = Positions(article.AnchorHits, AnchorWords.Regions, words, sentence, Regions, wholeWord: true);
            for (var k = 0; k < regions.Length; k++)
                if (regions[k] >= 0 && (IsNotRegion(words[regions[k]..]) || QualifiesBody(words, regions[k]) || QualifiesCurrency(words, regions[k]) || IsPeople(words, regions[k]))) regions[k] = -1;
            // A newspaper named « Le Monde » or « Radio France » gives no region, nor sector.
            if (insideName is null) return;
            foreach (var positions in new[] { sectors, regions })
                for (var k = 0; k < positions.Length; k++)
                    if (positions[k] >= 0 && insideName(sentence.Start + positions[k])) positions[k] = -1;
        }

        // « secteur du divertissementqui prévoit »: a scrape glued the next word on; the sector is the known name it starts with.
        private static string Unglued(string name)
        {
            var first = name.Split(' ')[0];
            foreach (var (pattern, sector) in Sectors)
                if (pattern.Length > 3 && first.Length >= pattern.Length + 3 && first.StartsWith(pattern, StringComparison.OrdinalIgnoreCase)
                    && !first.AsSpan(pattern.Length).StartsWith("s", StringComparison.Ordinal))
                    return sector;
            return name;
        }

        public string? Sector(int figureStart) => namedSector ?? Nearest(sectors, Sectors, figureStart) ?? unknownNamedSector;

        /// <summary>Where the word giving <see cref="Sector"/> is written, or -1 when a phrase (« le secteur de X ») or nothing gave it.</summary>
        public int SectorWordAt(int figureStart) =>
            namedSector is null && NearestIndex(sectors, figureStart) is var k and >= 0 ? sentenceStart + sectors[k] : -1;

        public string? Region(int figureStart) => Nearest(regions, Regions, figureStart);

        // Where each pattern is first written in the sentence, or -1 (also when that first
        // occurrence is part of a longer word and must be whole).
        // Where each pattern is first written in the sentence, or -1 (also when that first
        // occurrence is part of a longer word and must be whole). Patterns of more than three
        // letters are read ignoring case (AnchorWords); the article's hits for pattern k are anchors[first + k].
        private static int[] Positions(List<int>[] anchors, int first, ReadOnlySpan<char> words, Span sentence, (string Pattern, string Name)[] table, bool wholeWord)
        {
            var positions = new int[table.Length];
            for (var k = 0; k < table.Length; k++)
            {
                var length = table[k].Pattern.Length;
                var hits = anchors[first + k];
                var i = hits.BinarySearch(sentence.Start);
                if (i < 0) i = ~i;
                var at = i < hits.Count && hits[i] + length <= sentence.End ? hits[i] - sentence.Start : -1;
                positions[k] = at >= 0 && (wholeWord || length <= 3) && !IsWholeWord(words, at, length) ? -1 : at;
            }
            return positions;
        }

        private string? Nearest(int[] positions, (string Pattern, string Name)[] table, int figureStart) =>
            NearestIndex(positions, figureStart) is var k and >= 0 ? table[k].Name : null;

        private int NearestIndex(int[] positions, int figureStart)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var k = 0; k < positions.Length; k++)
            {
                if (positions[k] < 0) continue;
                var distance = Math.Abs(sentenceStart + positions[k] - figureStart);
                if (distance < bestDistance) (best, bestDistance) = (k, distance);
            }
            return best;
        }
    }

    // Also through the study it published: « d'après les prévisions de la banque, Goldman Sachs ».
    [GeneratedRegex(@"(?<![\p{L}])(?:selon|d'après|d'apres)\s+(?:(?:les|la|le|l'|une?)\s*(?:prévisions|estimations|chiffres|données|calculs|projections|analyses?|études?|rapports?|enquêtes?)\s+(?:du|des|de\s+la|de\s+l')\s*|(?:la|le|les|l')\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceCueBefore();

    // « le groupe américain HP », « l'éditeur français »: the firm's nationality, not where the figure's jobs are.
    private static bool QualifiesBody(ReadOnlySpan<char> words, int at)
    {
        var (start, end) = PreviousWord(words, at);
        return end > start && OrganizationCues.IsCueNoun(words[start..end]);
    }

    // « 745 millions de dollars américains », « francs suisses »: the currency's country, not where the figure is.
    private static bool QualifiesCurrency(ReadOnlySpan<char> words, int at)
    {
        var (start, end) = PreviousWord(words, at);
        return words[start..end] is "dollar" or "dollars" or "franc" or "francs";
    }

    // « autant de monde », « beaucoup de monde »: people, not the world (« du monde », « dans le monde » are).
    private static bool IsPeople(ReadOnlySpan<char> words, int at)
    {
        var (start, end) = PreviousWord(words, at);
        return words[start..end] is "de" && words[at..].StartsWith("monde", StringComparison.OrdinalIgnoreCase);
    }

    private static (int Start, int End) PreviousWord(ReadOnlySpan<char> words, int at)
    {
        var end = at;
        while (end > 0 && words[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && (char.IsLetter(words[start - 1]) || words[start - 1] == '-')) start--;
        return (start, end);
    }

    private static bool IsNotRegion(ReadOnlySpan<char> from)
    {
        foreach (var phrase in NotRegions)
            if (from.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (from.Length == phrase.Length || !char.IsLetter(from[phrase.Length])))
                return true;
        return false;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> s, int at, int length) =>
        (at == 0 || !char.IsLetter(s[at - 1])) && (at + length >= s.Length || !char.IsLetter(s[at + length]) || s[at + length] == 's' || s[at + length] == 'e');
}
