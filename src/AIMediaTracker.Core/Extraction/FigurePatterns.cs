using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The compiled patterns that find figures in folded text. Patterns anchored with \G
/// are matched at a given offset right after a number, to read what follows it.
/// </summary>
internal static partial class FigurePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string SpelledWord =
        @"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)(?![\p{L}\d])";

    /// <summary>Nouns that count jobs whatever the sentence: a small number in words before them is a figure.</summary>
    public const string SpelledJobNoun = @"(?:postes|emplois|licenciements|suppressions|départs|embauches|recrutements|créations)(?![\p{L}])";

    private const string SpelledJoin = @"(?:-|\s+et\s+|\s+)";

    private const string ScaleWord = @"(?<scale>milliards?|millions?|billions?|milliers?|mille)(?![\p{L}])";

    private const string Word = @"\p{L}[\p{L}'-]*";

    // The space between a number and what it counts: at most one line break, never a blank line.
    // A paragraph ending on a number is not continued by the next one's first word
    // (« … un solde de 78 millions » then « Livres Hebdo a annoncé … » is not £78M).
    private const string Gap = @"[^\S\n]*(?:\n[^\S\n]*)?";

    /// <summary>
    /// Digits with their scale: "204 000", "1,5 million", "300 M€", "400 M d'emplois", the Swiss "12'000". Kept apart from words so
    /// it only starts at digits.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\d_./@#,])(?<!\p{L}-)(?<digits>\d{1,3}(?:[ .']\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)" +
        @"(?:\s*" + ScaleWord + @"|\s?(?-i:(?<abbr>Mds?|Mrds?|M|k|K))(?=\s?[€$£]|\s(?:de\s|d')))?(?![\p{L}\d])", Options)]
    public static partial Regex DigitNumber();

    /// <summary>Numbers in words: "une cinquantaine de millions", "la centaine de salariés", "deux cent mille", "un million", "dix pour cent".</summary>
    [GeneratedRegex(
        @"\b(?:" +
        @"(?<approx>(?:une?|la|sa|leur)\s+(?<noun>dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?|milliers?))(?![\p{L}])" +
        @"(?:\s+(?:de\s+|d')(?<scale>milliards|millions|milliers)(?![\p{L}]))?" +
        // Spelled numbers only count when large: ending in "cent"/"mille" or followed by a scale.
        @"|(?<spelled>(?:" + SpelledWord + SpelledJoin + @")*(?:cents?|mille)(?![\p{L}\d])" +
        @"|(?:" + SpelledWord + SpelledJoin + @")*" + SpelledWord + @"(?=\s+(?:milliards?|millions?|billions?)(?![\p{L}]))" +
        // ... or a share: « dix pour cent de son personnel »
        @"|(?:" + SpelledWord + SpelledJoin + @")*" + SpelledWord + @"(?=\s+pour\s*cent(?![\p{L}]))" +
        // ... or jobs: « douze postes seraient concernés », « cinq suppressions ».
        @"|(?!une?\s)(?:" + SpelledWord + SpelledJoin + @")*" + SpelledWord + @"(?=\s+" + SpelledJobNoun + @"))" +
        @"(?:\s+(?<scale>milliards?|millions?|billions?)(?![\p{L}]))?" +
        @")", Options)]
    public static partial Regex WordNumber();

    [GeneratedRegex(@"\G" + Gap + @"(?:%|pour\s*cent(?![\p{L}])|p\.\s?100(?!\d))", Options)]
    public static partial Regex PercentSign();

    [GeneratedRegex(@"\G\s+" + SpelledJobNoun, Options)]
    public static partial Regex JobNounNext();

    [GeneratedRegex(
        @"\G" + Gap + @"(?:(?:de\s+|d')?(?<word>euros?|dollars?|livres?(?:\s+sterling)?|francs?\s+suisses|yens?|yuans?|roupies?)(?![\p{L}])" +
        @"(?:\s+(?<q>américains|US|canadiens|australiens|singapouriens|néo-zélandais|hongkongais|de\s+Hong\s+Kong|de\s+Singapour))?" +
        @"|(?<word>€|\$|£|¥)|(?-i:(?<word>EUR|USD|GBP|CHF|JPY|CNY|CAD|AUD))(?![\p{L}]))", Options)]
    public static partial Regex CurrencyAfter();

    /// <summary>The words right after a number: "de ses 700 salariés", "millions d'autres".</summary>
    [GeneratedRegex(
        @"\G(?<plus>\+)?" + Gap + @"(?<prep>de\s+|d')?(?:(?<det>ses|leurs|leur|nos|vos|ces)\s+)?(?<w1>" + Word + @")(?:\s+(?<w2>" + Word + @")(?:\s+(?<w3>" + Word + "))?)?",
        Options)]
    public static partial Regex NounAfter();

    /// <summary>What a percentage is of: "% des emplois", "% de ses effectifs", "% de la main-d'œuvre", "réduire de 10 % ses effectifs".</summary>
    [GeneratedRegex(
        @"\G" + Gap + @"(?:(?<bare>le\s+nombre\s+)?(?:des\s+|de\s+|du\s+|d')(?!(?:ici|plus|moins|autant)(?![\p{L}]))(?:(?:l'ensemble\s+(?:des|de\s+ses|de\s+leurs)|tous\s+les|toutes\s+les|ses|son|sa|leurs|leur|nos|vos|ces|les|la)\s+|l'\s*)?|(?:ses|son|sa|leurs|leur)\s+|(?<bare>les)\s+)" +
        @"(?<count>\d[\d ]*(?:,\d+)?\s+(?:millions?\s+(?:de\s+|d'))?)?(?<w1>" + Word + @")(?:\s+(?<w2>" + Word + "))?", Options)]
    public static partial Regex PercentOf();

    private static LexiconFile Cues => LexiconFile.Get("figure-cues.txt");

    private static readonly Regex RespondentVerbRegex = new(
        @"\G(?:\s+" + Word + @"){0,4}?\s+(?:" + RespondentVerbs + @")(?![\p{L}])", LexiconNotation.Options);

    /// <summary>Verbs of opinion or use (Data/figure-cues.txt): "30 % des salariés estiment..." measures respondents, not jobs.</summary>
    public static Regex RespondentVerb() => RespondentVerbRegex;

    private static readonly Regex BareRespondentVerbRegex = new(
        @"\G\s+(?:(?:(?:y|en|le|la|les)\s+|l')(?:" + RespondentVerbs + @"|voi\p{L}*)|(?:" + RespondentVerbs + @"))(?![\p{L}])", LexiconNotation.Options);

    private static string RespondentVerbs => LexiconNotation.Alternation(Cues.Entries("respondent-verbs"));

    /// <summary>
    /// A verb of respondents right after a bare percentage, maybe behind its pronoun: « 21 % s'inquiètent », « 37 % y voient une
    /// opportunité », « 72 % le souhaitent » (« voir » only behind one: « 10 % voient leur poste disparaître » are jobs).
    /// The percentage counts those who answered.
    /// </summary>
    public static Regex BareRespondentVerb() => BareRespondentVerbRegex;

    /// <summary>After a verb of respondents, their own loss: « ont déclaré avoir été licenciés », « disent avoir perdu leur emploi ».</summary>
    [GeneratedRegex(@"\G\s+avoir\s+" + LostTheirJob, Options)]
    public static partial Regex OwnLossAfter();

    /// <summary>Respondents who lost their job, as they say or as the text does: « disent avoir perdu leur emploi », « ont été licenciés ».</summary>
    [GeneratedRegex(@"\G(?:\s+[\p{L}'-]+){0,3}?\s+(?:avoir|ont)\s+" + LostTheirJob, Options)]
    public static partial Regex LossSaidAfter();

    // After « avoir » or « ont »: « été licenciés », « déjà perdu », « été remplacés ».
    private const string LostTheirJob = @"(?:été\s+|déjà\s+|récemment\s+)*(?:licenci|remerci|congédi|perdu|renvoy|remplac)\p{L}*";

    /// <summary>Ratios of jobs or workers: "un emploi sur cinq", "près d'un traducteur indépendant sur deux".</summary>
    private const string RatioPattern =
        @"(?<![\p{L}\d])(?<num>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|\d{1,2})\s+(?<noun>" + Word + @")(?:\s+" + Word + @"){0,2}?\s+sur\s+" +
        @"(?<den>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|\d{1,3})(?![\p{L}\d]|\s\d{3})";

    [GeneratedRegex(RatioPattern, Options)]
    public static partial Regex Ratio();

    [GeneratedRegex(@"\G(?:" + RatioPattern + ")", Options)]
    private static partial Regex RatioAtStart();

    [GeneratedRegex(@"\ssur\s", Options)]
    private static partial Regex RatioAnchor();

    /// <summary><see cref="Ratio"/>, tried only before a " sur ": the number, the noun and two more words come first.</summary>
    public static readonly AnchoredSearch Ratios = new(RatioAtStart(), wordsBefore: 4, RatioAnchor());

    /// <summary>Fractions of jobs or workers: "la moitié des emplois", "les deux tiers des postes".</summary>
    private const string FractionPattern =
        @"(?<![\p{L}])(?<frac>la\s+moitié|(?:les\s+|un\s+|le\s+)?(?:deux\s+|trois\s+|quatre\s+)?(?:tiers|quarts?|cinquièmes?|dixièmes?))" +
        @"\s+(?:des\s+|de\s+|du\s+|d')(?:(?:ses|son|sa|leurs|leur|nos|la)\s+|l'\s*)?(?<w1>" + Word + @")(?:\s+(?<w2>" + Word + "))?";

    [GeneratedRegex(FractionPattern, Options)]
    public static partial Regex Fraction();

    [GeneratedRegex(@"\G(?:" + FractionPattern + ")", Options)]
    private static partial Regex FractionAtStart();

    [GeneratedRegex(@"moitié|tiers|quart|cinquième|dixième", Options)]
    private static partial Regex FractionAnchor();

    /// <summary><see cref="Fraction"/>, tried only before its fraction word: an article and a numerator come first.</summary>
    public static readonly AnchoredSearch Fractions = new(FractionAtStart(), wordsBefore: 3, FractionAnchor());

    [GeneratedRegex(@"\G\s+environ(?![\p{L}])", Options)]
    public static partial Regex HedgeAfter();

    /// <summary>A count named, then its change: « le nombre d'employés de X est passé de », « ses effectifs sont passés de ».</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])nombre\s+(?:de\s+|d')(?<noun>\p{L}+)|(?<![\p{L}])effectifs?)[^.;:!?]{0,60}?(?<![\p{L}])(?:est|sont|a|ont|avait|avaient)\s+(?:passée?s?|chuté|baissé|grimpé|augmenté|diminué|fondu|reculé)\s+de\s+$", Options)]
    public static partial Regex CountChangedFrom();

    /// <summary>A cut measured by the number that follows: « réduire de », « a diminué de », « amputer de ».</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:rédui|diminu|abaiss|amput|allég)\p{L}*\s+(?:encore\s+|aussi\s+|ainsi\s+)?de\s+$", Options)]
    public static partial Regex CutBy();

    /// <summary>After the number of a cut, what it counts: « le nombre de postes », « ses effectifs ».</summary>
    [GeneratedRegex(@"\G\s+(?:le\s+nombre\s+(?:de\s+|d')(?:ses\s+|leurs\s+)?(?<noun>\p{L}+)|(?:ses|leurs|les|son|sa)\s+(?:effectifs|personnel|main-d'(?:œ|oe)uvre|équipes)(?![\p{L}]))", Options)]
    public static partial Regex CutCountAfter();

    /// <summary>Between the two ends of a change: « à », maybe after a year (« de 500 en 2006 à 40 000 »).</summary>
    [GeneratedRegex(@"^\s*(?:en\s+\d{4}\s+)?à\s+$", Options)]
    public static partial Regex ChangedTo();

    /// <summary>Two numbers forming a range: "entre 300 et 400 millions", "de 20 à 30 %", "2,6-4,4".</summary>
    [GeneratedRegex(@"^\s*(?:et|à|a|ou|-)\s*$", Options)]
    public static partial Regex RangeJoin();

    [GeneratedRegex(@"\([^()\n]{0,60}\)", Options)]
    public static partial Regex Brackets();

    /// <summary>The exact percentage a rounded share gives in brackets: « quatre traducteurs sur dix (36 %) », « la moitié des salariés (52 %) ».</summary>
    [GeneratedRegex(@"\G\s*\(\s*(?:soit\s+)?(?<pct>\d{1,3}(?:,\d{1,2})?)\s*(?:%|pour\s*cent)\s*\)", Options)]
    public static partial Regex BracketedPercent();

    [GeneratedRegex(@"\sd'entre\s+(?:eux|elles)$", Options)]
    public static partial Regex Partitive();

    /// <summary>Between a part and the count it is taken from: « 217 des 383 salariés », « 140 de ses 900 employés ».</summary>
    [GeneratedRegex(@"^\s+(?:des|de\s+(?:ses|leurs|nos|vos))\s+(?:quelque\s+|environ\s+)?$", Options)]
    public static partial Regex PartOfNext();

    /// <summary>Between a count and the whole it is taken from: « 209 salariés sur 383 », « 209 salariés sur les 383 ».</summary>
    [GeneratedRegex(@"^\s+sur\s+(?:les\s+|ses\s+|leurs\s+)?(?:quelque\s+|environ\s+)?$", Options)]
    public static partial Regex WholeAfter();

    /// <summary>Before a whole named ahead of its part: « Sur les 383 emplois, 217… », « Parmi ses 900 salariés, 140… ».</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:sur|parmi)\s+(?:les|ses|leurs|ces)\s+(?:quelque\s+|environ\s+)?$", Options)]
    public static partial Regex WholeFirst();

    /// <summary>
    /// Between a whole named first and its part: a comma, maybe after whose it is (« de l'entreprise ») or a participle saying
    /// by whom (« annoncés par l'Élysée »).
    /// </summary>
    [GeneratedRegex(@"^(?:\s+(?:de|du|des|d')[^,;:.!?]{0,40}|\s+\p{Ll}+(?:és|ées|ée|us|ues|is|ises)\s+par\s[^,;:.!?]{1,40})?\s*,\s*$", Options)]
    public static partial Regex WholeThenPart();

    /// <summary>
    /// The pronoun « en » and its verb right before a bare number, standing for what an earlier count counts: « elle en menace
    /// 7 800 chez IBM », « la Société générale en a annoncé 1 800 supplémentaires ». Matched against the text before the number.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}'])en\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+)?\p{Ll}+(?:\s+(?:déjà|encore|aussi|également))?\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?$",
        Options | RegexOptions.RightToLeft)]
    public static partial Regex EnPronounBefore();

    /// <summary>A place or an employer right after a bare number: « 20 000 en Tunisie », « 300 au Québec », « 12 500 chez Dell ».</summary>
    [GeneratedRegex(@"\G\s+(?:en|au|aux|à|dans|chez)\s+(?:l'|la\s+|le\s+|les\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceAfter();

    /// <summary>What may stand between two counts of one list: a few words, then « et », « ainsi que » or a comma.</summary>
    [GeneratedRegex(@"^[\s\p{L}'-]{0,40}?(?:,|\set|\sainsi\s+que)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex CoordinationGap();

    /// <summary>A figure restating or narrowing the previous one: "1 250 postes, soit 5 %", "4 000 emplois, dont 3 900".</summary>
    [GeneratedRegex(@"(?:^|[\s,(])(?:soit|dont|puis|contre|c'est-à-dire|parmi\s+(?:eux|elles|lesquels|lesquelles))\s*$", Options | RegexOptions.RightToLeft)]
    public static partial Regex Apposition();

    /// <summary>
    /// A part or a restatement of the figure just given, in the same words: "650 millions au total, dont 250
    /// millions", "4 % des effectifs, soit 100 postes" (not "contre", another time's figure).
    /// </summary>
    [GeneratedRegex(@"^[^.;:!?]{0,20}?(?:^|[\s,(])(?:soit|dont|c'est-à-dire)\s*$", Options)]
    public static partial Regex PartOrRestatement();

    /// <summary>Respondents named in so many words: « les 3 000 personnes interrogées », « des sondés », « les répondants ».</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:interrogée?s|sondée?s|répondants|répondantes|enquêtée?s)(?![\p{L}])", Options)]
    public static partial Regex RespondentsNamed();

    /// <summary>
    /// The figure before said again in other words, after the rest of its phrase: « 6 000 postes dans le monde d'ici à fin 2028,
    /// soit 10 % des effectifs » (not « dont », a part).
    /// </summary>
    [GeneratedRegex(@"^[^.;:!?()]*,\s*(?:soit|c'est-à-dire)\s*$", Options)]
    public static partial Regex Restatement();

    /// <summary>A sentence that opens by restating the figure before: « cela représente », « ce chiffre représente », « ce qui équivaut à », before its own figure.</summary>
    [GeneratedRegex(@"^[^.;!?]{0,40}?(?:^|[\s:,])(?:cela|ce\s+qui|ça|ce\s+(?:chiffre|nombre|montant|total)|ces\s+(?:chiffres|suppressions|pertes))\s+(?:représente|représentent|représenterait|équivaut|équivaudrait|correspond|correspondrait)\s[^.;!?]{0,30}$", Options)]
    public static partial Regex RestatesPrevious();

    /// <summary>A conversion of the amount just given: "250 millions de dollars (230 millions d'euros)".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*soit|\(\s*(?:soit)?|,\s*c'est-à-dire|,\s*ou)\s*$", Options)]
    public static partial Regex Conversion();

    private static readonly Regex DismissalBeforeRegex = new(
        @"(?<![\p{L}])(?:" + LexiconNotation.Alternation(Cues.Entries("dismissal-before-share")) + @")\s*$", LexiconNotation.Options);

    // The nouns of jobs and of a workforce (Data/counted-nouns.txt), singular or plural. Not in « les offres
    // d'emploi » or « les demandeurs d'emploi »: « a baissé de 21 % » then counts ads or people, not jobs.
    private static readonly Regex JobNounBeforeRegex = new(
        @"(?<![\p{L}])(?<!(?:offres?|annonces?|demandeurs?|demandeuses?|recherche)\s+d')(?:" + LexiconNotation.Alternation(new[] { "jobs", "shares-only" }
            .SelectMany(LexiconFile.Get("counted-nouns.txt").Entries).Select(n => n + "s?")) + @")(?![\p{L}])", LexiconNotation.Options);

    private static readonly Regex SampleBeforeRegex = new(
        @"(?<![\p{L}])(?:" + LexiconNotation.Alternation(Cues.Entries("sample-before")) + @")\s*$", LexiconNotation.Options);

    /// <summary>A survey's sample right before a count of people (Data/figure-cues.txt): "un sondage auprès de 15 000 créateurs".</summary>
    public static Regex SampleBefore() => SampleBeforeRegex;

    /// <summary>A verb of dismissal right before a bare percentage (Data/figure-cues.txt): "va en licencier 10 %".</summary>
    public static Regex DismissalBefore() => DismissalBeforeRegex;

    /// <summary>Jobs named before a bare percentage: "réduire ses effectifs de 10 %".</summary>
    public static Regex JobNounBefore() => JobNounBeforeRegex;
}
