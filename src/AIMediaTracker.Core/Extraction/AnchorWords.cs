using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The words the extractor's costly patterns are anchored on (see <see cref="AnchoredSearch"/>), in one
/// automaton: an article is scanned once for all of them (<see cref="ArticleText.AnchorHits"/>), where a
/// search per word list cost each rule a pass over the whole text.
/// </summary>
internal static class AnchorWords
{
    public const int CueNouns = 0, Heads = 1, Suffixes = 2, LowercaseHeads = 3, Nationalities = 4, Months = 5, Weekdays = 6, NumberWords = 7, Leaders = 8, Studies = 9,
        RelativeYears = 10, RelativeMonths = 11, Yesterdays = 12, Acquisitions = 13, DedicationNouns = 14, EmployerVerbs = 15,
        WorkNouns = 16, WorkMakers = 17, WorkAppositions = 18, BranchCountries = 19;

    /// <summary>The first of the sets that hold one sector or region pattern each (<see cref="FigureContext"/>), in their table's order.</summary>
    public const int Sectors = 20;

    public static readonly int Regions = Sectors + FigureContext.Sectors.Length;

    /// <summary>
    /// The figure lexicon's sections whose patterns a text needs one of these words for
    /// (<see cref="LexiconNotation.Anchors"/>), each a set of its own, in this order.
    /// </summary>
    public static readonly string[] LexiconSections =
        ["source-cues", "study-nouns", "speech-verbs", "source-inversions", "modal-conditional", "other-conditional", "estimates", "forecast-verbs", "near-future", "future-verbs"];

    private static readonly int FirstLexiconSet = Regions + FigureContext.Regions.Length;

    /// <summary>The set of a section of <see cref="LexiconSections"/>.</summary>
    public static int OfSection(string section) =>
        Array.IndexOf(LexiconSections, section) is var k and >= 0 ? FirstLexiconSet + k
            : throw new ArgumentException($"No anchor set for [{section}].", nameof(section));

    public static readonly int SourceCues = OfSection("source-cues"), StudyNouns = OfSection("study-nouns"),
        SpeechVerbs = OfSection("speech-verbs"), Inversions = OfSection("source-inversions"),
        Modals = OfSection("modal-conditional"), Conditionals = OfSection("other-conditional"),
        Estimates = OfSection("estimates"), ForecastVerbs = OfSection("forecast-verbs"),
        NearFuture = OfSection("near-future"), FutureVerbs = OfSection("future-verbs");

    /// <summary>The titles a role is written with (« directrice », « pdg »): every role a person's name follows holds one.</summary>
    public static readonly int Titles = FirstLexiconSet + LexiconSections.Length;

    private static readonly WordAutomaton Automaton = new([
        .. Plain(CueNouns, OrganizationCues.CueNoun, StringComparison.Ordinal),
        .. Plain(Heads, OrganizationCues.Head, StringComparison.Ordinal),
        .. Plain(Suffixes, OrganizationCues.Suffix, StringComparison.Ordinal),
        .. Plain(LowercaseHeads, OrganizationCues.LowercaseHeadWord, StringComparison.Ordinal),
        .. Plain(Leaders, OrganizationCues.Leader, StringComparison.Ordinal),
        .. Plain(Studies, OrganizationCues.Study, StringComparison.Ordinal),
        .. Plain(Acquisitions, OrganizationCues.AcquisitionNoun, StringComparison.Ordinal),
        .. Plain(Acquisitions, OrganizationCues.AcquisitionVerb, StringComparison.Ordinal),
        .. Plain(DedicationNouns, Dedications.Nouns, StringComparison.OrdinalIgnoreCase),
        .. Plain(EmployerVerbs, OrganizationCues.EmployerVerb, StringComparison.Ordinal),
        .. Plain(WorkNouns, WorkTitles.WorkNounStarts, StringComparison.Ordinal),
        .. Plain(WorkMakers, WorkTitles.MakerCommas, StringComparison.Ordinal),
        .. Plain(WorkAppositions, WorkTitles.AppositionComma, StringComparison.Ordinal),
        .. Plain(BranchCountries, OrganizationCues.BranchCountry, StringComparison.Ordinal),
        .. French.Nationalities.Forms.SelectMany(LexiconNotation.AccentVariants).Select(w => (Nationalities, w, StringComparison.Ordinal)),
        // The start of every month name and abbreviation, in any case.
        .. Plain(Months, "janv|fév|fev|mars|avr|mai|juin|juil|aoû|aou|sept|oct|nov|déc|dec", StringComparison.OrdinalIgnoreCase),
        .. Plain(Weekdays, FrenchDates.WeekdayName, StringComparison.OrdinalIgnoreCase),
        // Every number in words holds "cent", "mill" (mille, million, milliard, millier), "billion" or "aine" (cinquantaine),
        // or comes before a noun of jobs (FigurePatterns.SpelledJobNoun).
        .. Plain(NumberWords, "cent|mill|billion|aine|postes|emplois|licenciements|suppressions|départs|embauches|recrutements|créations", StringComparison.OrdinalIgnoreCase),
        // Where a relative date starts (« l'an dernier », « cette année »), its month (« le mois dernier »), « hier ».
        .. Plain(RelativeYears, "l'an|cette", StringComparison.OrdinalIgnoreCase),
        .. Plain(RelativeMonths, "mois", StringComparison.OrdinalIgnoreCase),
        .. Plain(Yesterdays, "hier", StringComparison.OrdinalIgnoreCase),
        // A sector or region of more than three letters is read ignoring case, a shorter one (« IA ») as written.
        .. FigureContext.Sectors.Select((e, k) => (Sectors + k, e.Pattern, NamePatternComparison(e.Pattern))),
        .. FigureContext.Regions.Select((e, k) => (Regions + k, e.Pattern, NamePatternComparison(e.Pattern))),
        .. LexiconSections.SelectMany(section => Lexicon(OfSection(section), section)),
        .. French.RoleNouns.TitleSpellings.Select(w => (Titles, w, StringComparison.OrdinalIgnoreCase)),
    ]);

    // The lexicon patterns ignore case, so their anchors do too.
    private static IEnumerable<(int, string, StringComparison)> Lexicon(int set, string section) =>
        FigureLexicon.Entries(section).SelectMany(LexiconNotation.Anchors).Distinct().Select(w => (set, w, StringComparison.OrdinalIgnoreCase));

    private static StringComparison NamePatternComparison(string pattern) =>
        pattern.Length <= 3 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>For each list above, where its words start in <paramref name="text"/>, in order.</summary>
    public static List<int>[] Find(string text) => Automaton.Find(text);

    /// <summary>
    /// The words of an alternation of plain words, "a|b|c" or "(?:a|b|c)"; a word holding regex syntax
    /// is refused, since it would not be found as written and the search would miss its matches.
    /// </summary>
    internal static IEnumerable<(int, string, StringComparison)> Plain(int set, string alternation, StringComparison comparison)
    {
        var body = alternation.StartsWith("(?:", StringComparison.Ordinal) ? alternation[3..^1] : alternation;
        var words = body.Split('|');
        if (words.Any(w => w.Length == 0 || w.AsSpan().ContainsAny(@"\[](){}?*+.^$")))
            throw new ArgumentException($"Not an alternation of plain words: {alternation}", nameof(alternation));
        return words.Select(w => (set, w, comparison));
    }
}
