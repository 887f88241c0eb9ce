using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Titles of works: written in quotation marks (« Hunger Games », « John Wick », "Future Unscripted"),
/// or after the noun of a work (« le film Beau Is Afraid », « les séries Ahsoka, The Mandalorian »), or before
/// who made it (« Apex Legends, édité par Electronic Arts »); but not what a firm's noun introduces (« la start-up « Lumina » »).
/// Occasions too, after « lors de » (« lors du London Tech Week »).
/// A few capitalised words name a film, a book or a report, not a person or a body, however much
/// they look like one.
/// </summary>
public static partial class WorkTitles
{
    private const int MaxWords = 5;

    // Lowercase words a title may hold between its capitalised ones.
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "de", "du", "des", "d", "la", "le", "les", "l", "et", "of", "the", "and", "à" };

    public static List<Span> Find(string text) => Find(text, QuotationMarks.Find(text), AnchorWords.Find(Text.FrenchTypography.Fold(text)));

    /// <summary>
    /// <see cref="Find(string)"/>, with the text's quotations already paired and where the <see cref="AnchorWords"/> stand in
    /// its folded form (the same length: the anchors hold no character folding changes).
    /// </summary>
    internal static List<Span> Find(string text, List<QuotationMarks.Quoted> quotations, List<int>[] anchors)
    {
        var spans = new List<Span>();
        foreach (var q in quotations)
            if (IsTitle(text, q.Inner) && !OrganizationCues.EndsOnCueNoun(text.AsSpan(Math.Max(0, q.Outer.Start - CueReach), Math.Min(q.Outer.Start, CueReach))))
                spans.Add(q.Inner);
        foreach (var m in AfterWorkNouns.Matches(text, anchors[AnchorWords.WorkNouns]))
            foreach (Capture title in m.Groups["title"].Captures)
                spans.Add(new Span(title.Index, title.Index + title.Length));
        foreach (var m in BeforeMakers.Matches(text, anchors[AnchorWords.WorkMakers]))
            spans.Add(new Span(m.Groups["title"].Index, m.Groups["title"].Index + m.Groups["title"].Length));
        foreach (var m in BeforeWorkAppositions.Matches(text, anchors[AnchorWords.WorkAppositions]))
            spans.Add(new Span(m.Groups["title"].Index, m.Groups["title"].Index + m.Groups["title"].Length));
        foreach (Match m in AfterLors().Matches(text))
            spans.Add(new Span(m.Groups["title"].Index, m.Groups["title"].Index + m.Groups["title"].Length));
        return spans;
    }

    // Unquoted, a title stops at a French word: « le film Dune de Denis Villeneuve » names the director after it.
    // A Title's words: its first and up to four more.
    private const int TitleWords = 5;
    private const string Title = @"\p{Lu}[\p{L}\p{N}'’:-]*(?:[ ](?:\p{Lu}[\p{L}\p{N}'’:-]*|of|the|and)){0,4}";

    // Each noun starts with a word of WorkNounStarts, which anchors the search after it.
    internal const string WorkNoun = @"(?:films?|séries?|jeux[ ]vidéo|jeu[ ]vidéo|jeux|jeu|albums?|romans?|livres?|documentaires?|sagas?|franchises?|long-métrages?|courts?-métrages?|spectacles?|émissions?|podcasts?|dessins?[ ]animés?)";

    // The noun, then the title, and for a plural noun the titles listed after it (« les séries Ahsoka, The Mandalorian et Andor »).
    // Each pattern is tried only where its noun or its comma stands (AnchoredSearch, on the words below), as far before
    // it as it may start: scanned whole, it would be tried at every article and capital of the text.
    [GeneratedRegex(@"\G(?:(?<![\p{L}])(?:(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs)[ ]|[Ll]')" + WorkNoun + @"[ ](?<title>" + Title + @")(?:(?:,[ ]|[ ]et[ ])(?<title>" + Title + "))*)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterWorkNounAtStart();

    /// <summary>The start of every noun of WorkNoun, as written there.</summary>
    internal const string WorkNounStarts = "film|série|jeu|album|roman|livre|documentaire|saga|franchise|long-|court|spectacle|émission|podcast|dessin";

    private static readonly AnchoredSearch AfterWorkNouns = new(AfterWorkNounAtStart(), wordsBefore: 1);

    // « il s'agit d'Apex Legends, édité par Electronic Arts »: what a publisher or a studio made is a work.
    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}])(?<title>" + Title + @"),[ ](?:édité|éditée|développé|développée|publié|publiée)[ ]par[ ])", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeMakerAtStart();

    /// <summary>The comma after the title, glued to its last word, and the maker's participle.</summary>
    internal const string MakerCommas = ", édité|, développé|, publié";

    private static readonly AnchoredSearch BeforeMakers = new(BeforeMakerAtStart(), wordsBefore: TitleWords);

    // « lors de Viva Tech », « lors du Forum de Davos », « Lors du London Tech Week »: what « lors de » names is an occasion,
    // neither a person nor a body, with the place or body it is « de » (« de Davos ») as part of its name.
    [GeneratedRegex(@"(?<![\p{L}])[Ll]ors[ ](?:du[ ]|des[ ]|de[ ]la[ ]|de[ ]l['’]|de[ ]|d['’])(?<title>" + Title + @"(?:(?:[ ]d['’]|[ ](?:de|du|des)[ ])\p{Lu}[\p{L}\p{N}-]*)?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AfterLors();

    // Books the work nouns above leave out.
    private const string BookNoun = @"BD|bandes?[ ]dessinées?|mangas?|essais?|romans?[ ]graphiques?";

    // « Michel Lafon publiait Poster Girl, un roman de science-fiction »: what an apposition calls a work is one.
    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}])(?<title>" + Title + @"),[ ](?:un|une)[ ](?:" + BookNoun + "|" + WorkNoun + @")(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeWorkAppositionAtStart();

    /// <summary>The comma after the title and the apposition's article (« , un », « , une »).</summary>
    internal const string AppositionComma = ", un";

    private static readonly AnchoredSearch BeforeWorkAppositions = new(BeforeWorkAppositionAtStart(), wordsBefore: TitleWords);

    /// <summary>Whether a quotation is followed by the kind of work it names, in brackets: « Jésus » (roman graphique), « initial_A » (BD).</summary>
    public static bool IsQuotedBeforeWorkNoun(string text, Span outer) => WorkNounInBracketsAfter().IsMatch(text, outer.End);

    [GeneratedRegex(@"\G[ ]?\((?:une?[ ])?(?:" + BookNoun + "|" + WorkNoun + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WorkNounInBracketsAfter();

    /// <summary>Whether a quotation is a title after the noun of its work (« le podcast "The Logan Bartlett Show" », « le rapport « Future Unscripted » »), not speech.</summary>
    public static bool IsQuotedAfterWorkNoun(string text, Span outer, Span inner) =>
        IsTitle(text, inner) && WorkNounBefore().IsMatch(text.AsSpan(Math.Max(0, outer.Start - 30), Math.Min(30, outer.Start)));

    [GeneratedRegex(@"(?<![\p{L}])(?:" + WorkNoun + @"|rapports?|études?)[ ]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WorkNounBefore();

    /// <summary>
    /// Whether a quotation is what a naming word before it calls something (« un rapport intitulé « création d'emplois et
    /// développement économique local » », « l'étude, baptisée « People at Work 2025 » »): a title, whatever its words.
    /// </summary>
    public static bool IsQuotedAfterNamingWord(string text, Span outer) =>
        NamingWordBefore().IsMatch(text.AsSpan(Math.Max(0, outer.Start - 30), Math.Min(30, outer.Start)));

    // « sous le thème « L'IA et les compétences numériques » », « avec pour slogan « … » »: an event's theme or a slogan, too.
    [GeneratedRegex(@"(?<![\p{L}])(?:intitulée?s?|baptisée?s?|dénommée?s?|titrée?s?|sous[ ]le[ ]titre(?:[ ]de)?|s'intitul\p{L}*|thème|slogan|mot[ ]d'ordre)[ ]?[,:]?[ ]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamingWordBefore();

    // How far before a quotation its cue noun and qualifiers may start (« l'entreprise suédoise « Klarna » »).
    private const int CueReach = 80;

    private static bool IsTitle(string text, Span inner)
    {
        var words = text[inner.Start..inner.End].Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !char.IsUpper(words[0][0])) return false;
        foreach (var w in words)
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || LinkWords.Contains(w)) || w.AsSpan().IndexOfAny(".,;:!?") >= 0) return false;
        return true;
    }
}
