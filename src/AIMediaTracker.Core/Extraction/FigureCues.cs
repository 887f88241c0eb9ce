using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The verbs and nouns around a count of jobs or people that say what happens to them, read from
/// Data/figure-cues.txt. One pattern per kind, so a scope can be searched for the nearest cue of
/// any kind. The patterns below the word lists are the grammar around them.
/// </summary>
internal static partial class FigureCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static LexiconFile File => LexiconFile.Get("figure-cues.txt");

    private static readonly Regex LostRegex = KindCues("lost");
    private static readonly Regex AtRiskRegex = KindCues("at-risk");
    private static readonly Regex AffectedRegex = KindCues("affected");
    private static readonly Regex CreatedRegex = KindCues("created");
    private static readonly Regex WorkforceRegex = KindCues("workforce");
    private static readonly (Regex Ends, Regex Phrases) NotLost = Exceptions("not-lost");
    private static readonly (Regex Ends, Regex Phrases) NotCreated = Exceptions("not-created");
    private static readonly Regex PassOnRegex = new("^(?:" + LexiconNotation.Alternation(Marked("affected", "relaie")) + ")", LexiconNotation.Options);
    private static readonly Regex ModalRegex = LexiconNotation.WholeWords(File.Entries("modal"));
    private static readonly Regex NegationRegex = LexiconNotation.WholeWords(File.Entries("negation"));
    private static readonly Regex NonWorkerRegex = LexiconNotation.WholeWords(File.Entries("non-workers"));
    private static readonly Regex FreezeRegex = LexiconNotation.WholeWords(File.Entries("freeze"));
    // The denying verb, the adverbs that may follow it, « que », then the rest of that clause up to the figure: no end of
    // sentence or clause, no « mais » that opens a statement of its own.
    private static readonly Regex DenialRegex = new(@"(?<![\p{L}])(?:" + LexiconNotation.Alternation(File.Entries("denial"))
        + @")(?:\s+(?:pour\s+autant|forcément|nécessairement|automatiquement|du\s+tout))*\s+qu(?:e\s|['’]\s*)(?:(?!\bmais\b)[^.;:!?])*$",
        LexiconNotation.Options | RegexOptions.RightToLeft);

    public static Regex Lost() => LostRegex;

    public static Regex AtRisk() => AtRiskRegex;

    public static Regex Affected() => AffectedRegex;

    /// <summary>Jobs created or to be created: "créés", embauches, a positive net balance.</summary>
    public static Regex Created() => CreatedRegex;

    public static Regex Workforce() => WorkforceRegex;

    /// <summary>Verbs that only pass on what happens ("le plan social touche 200 salariés"): a loss named nearby wins.</summary>
    public static Regex PassOn() => PassOnRegex;

    /// <summary>A modal that turns a loss into a risk: "pourraient disparaître", "risquent d'être supprimés".</summary>
    public static Regex Modal() => ModalRegex;

    /// <summary>A negation just before a cue: "ne sont pas concernés", "sans licenciement".</summary>
    public static Regex Negation() => NegationRegex;

    /// <summary>Hires frozen or given up: « a gelé 7 800 embauches », « suspend ses recrutements ».</summary>
    public static Regex Freeze() => FreezeRegex;

    /// <summary>
    /// The start of a sentence that denies what its « que » clause says, up to a figure inside that clause (matched
    /// against the text before the figure): « cela ne signifie pas pour autant que » 7 800 employés vont être licenciés.
    /// </summary>
    public static Regex Denial() => DenialRegex;

    /// <summary>Counts of users, readers or respondents: people, but not workers.</summary>
    public static Regex NonWorker() => NonWorkerRegex;

    // The cues of one kind as whole words.
    private static Regex KindCues(string section) =>
        new(@"(?<![\p{L}])(?:" + LexiconNotation.Alternation(File.Pairs(section).Select(p => p.Words)) + @")(?![\p{L}])", LexiconNotation.Options);

    // Phrases ending on a cue that is not one (« à partir », « une franchise de recrutement »), matched up to the
    // cue's end. Checked after the cue is found rather than as a lookbehind in its pattern: the classifier
    // searches a window of a few words around the number, and a lookbehind does not see past the window's start.
    // The phrases' last words come first: most cues end none, and are not searched further back.
    private static (Regex Ends, Regex Phrases) Exceptions(string section) =>
        (new(@"^(?:" + LexiconNotation.Alternation(File.Entries(section).Select(e => e[(e.LastIndexOf(' ') + 1)..])) + @")$", LexiconNotation.Options),
         new(@"(?<![\p{L}])(?:" + LexiconNotation.Alternation(File.Entries(section)) + @")$", LexiconNotation.Options));

    // Farther back than any exception's words reach before its cue.
    private const int ExceptionReach = 120;

    /// <summary>Whether <paramref name="cue"/>, a cue of <paramref name="kind"/> found in <paramref name="text"/>, ends a phrase that is not one.</summary>
    public static bool IsException(FigureKind kind, string text, Match cue)
    {
        var (ends, phrases) = kind switch { FigureKind.JobsLost => NotLost, FigureKind.JobsCreated => NotCreated, _ => (null, null) };
        if (ends is null || phrases is null || !ends.IsMatch(cue.ValueSpan)) return false;
        var from = Math.Max(0, cue.Index - ExceptionReach);
        return phrases.IsMatch(text.AsSpan(from, cue.Index + cue.Length - from));
    }

    private static IEnumerable<string> Marked(string section, string mark) =>
        File.Pairs(section).Where(p => p.Value == mark).Select(p => p.Words);

    /// <summary>A possessive before the number names a workforce: "la formation de ses 20 000 salariés".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ses|leurs|nos|vos)\s+(?:quelque\s+|environ\s+|près\s+de\s+)?$", Options)]
    public static partial Regex Possessive();

    /// <summary>
    /// A definite article before the number: « ajouter les 48 000 suppressions d'UPS » names cuts already known, which
    /// a modal earlier in the clause (« on peut même ajouter ») does not make a risk, unlike « pourrait entraîner 48 000 suppressions ».
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:les|ces|aux)\s+(?:quelque\s+|environ\s+|près\s+de\s+|plus\s+de\s+)?$", Options)]
    public static partial Regex DefiniteBefore();

    /// <summary>Right before a count, words that make it a workforce: a share "des" it, a firm "avec" it.</summary>
    [GeneratedRegex(@"(?:(?:%|pour\s*cent)\s+(?:des|de\s+(?:ses|leurs|son|sa))|(?<![\p{L}])avec)\s+$", Options)]
    public static partial Regex WorkforceBefore();

    /// <summary>
    /// « un effectif global de 750 000 salariés », « ramènerait les effectifs du groupe de 791 000 à 779 000 »: the size of a
    /// staff, unless a cut of it comes before (« une réduction des effectifs de 1 200 postes »).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:réduction|baisse|diminution|coupes?|suppression|réduire|réduit|réduira|baisser|diminuer|tailler\s+dans)\s+(?:\p{L}+\s+|\p{L}+'){0,2})effectifs?(?:\s+[\p{L}'’-]+){0,2}\s+(?:de|d')(?:\s*(?:près\s+de|plus\s+de|environ|quelque)?\s*\d[\d\s.,]*\s+à)?\s*$", Options)]
    public static partial Regex StaffSizeBefore();

    /// <summary>« dans 110 entreprises », « chez ses 40 clients »: where a figure is counted.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:dans|chez|parmi|sur)\s+(?:les\s+|ses\s+|leurs\s+)?$", Options)]
    public static partial Regex PlacePreposition();

    /// <summary>Where a clause ends for the words right after a figure.</summary>
    [GeneratedRegex(@"[,;:()]|\s(?:et|mais|soit|dont|alors|tandis|car|ou)\s", Options)]
    public static partial Regex NearBoundary();

    /// <summary>
    /// Right after a count, an aside between commas opened by a participle, maybe after a complement of the noun:
    /// « 217 des 383 salariés de la branche française, installés à Courbevoie (Hauts-de-Seine), vont perdre leur emploi ».
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:de|du|des)\s+(?:la\s+|l'|le\s+|les\s+)?\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2})?\s*,\s+\p{L}+(?:és|ées|ée|is|ises|us|ues|ant)\s[^,.;:!?]{1,80},", Options)]
    public static partial Regex ParticipleAside();

    /// <summary>
    /// Right after a count, the same count said again between commas: « 4,7 millions d'emplois, soit un emploi sur quatre au
    /// Canada, sont à risque ».
    /// </summary>
    [GeneratedRegex(@"\G\s*,\s+(?:soit|c'est-à-dire)\s[^,.;:!?()]{1,80},", Options)]
    public static partial Regex RestatementAside();

    /// <summary>Where a clause ends for any words after a figure.</summary>
    [GeneratedRegex(@"[;:()]|\s(?:mais|alors\s+qu|tandis\s+qu|et\s+qu|car|soit)", Options)]
    public static partial Regex FarBoundary();
}
