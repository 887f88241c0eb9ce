using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>The patterns of whose claim a figure is, built from Data/figure-lexicon.txt.</summary>
internal static class FigureClaimWords
{
    private static readonly Lazy<Regex> SourceCueRegex = new(() => FigureLexicon.Regex("source-cues"));

    // « une étude de », « un rapport récent de », « une analyse conjointe du », « le rapport 2023 Future
    // of Jobs du »: up to four words between the noun and its author.
    private const string StudyAuthor = @"(?:\s+[\p{L}\d'-]+){0,4}?\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d'|par\s+)";

    private static readonly Lazy<Regex> StudyRegex = new(() => FigureLexicon.Regex(["study-nouns"], "", StudyAuthor));

    private static readonly Lazy<Regex> SpeechRegex = new(() => FigureLexicon.Regex("speech-verbs"));

    // The same patterns, tried only around their anchor words: most of a sentence holds none.
    private static readonly Lazy<AnchoredSearch> SourceCueSearch = new(() => FigureLexicon.Search("source-cues"));
    private static readonly Lazy<AnchoredSearch> StudySearch = new(() => FigureLexicon.Search("study-nouns", StudyAuthor));
    private static readonly Lazy<AnchoredSearch> SpeechSearch = new(() => FigureLexicon.Search("speech-verbs"));

    private static readonly Lazy<Regex> SourceAnaphorRegex = new(() => FigureLexicon.Regex(["source-anaphors"], @"\G\s*", ""));

    private static readonly Lazy<Regex> EmployerAnaphorRegex = new(() => FigureLexicon.Regex(["employer-anaphors"], @"\G\s*", ""));

    // « …annonce que l'entreprise va supprimer »: the firm as the subject of a reported clause. Lower-case « qu », as written mid-sentence.
    private static readonly Lazy<Regex> EmployerAfterQueRegex = new(() => FigureLexicon.Regex(["employer-anaphors"], @"(?<![\p{L}])(?-i:qu)(?:e[ ]|')", ""));

    private static readonly Lazy<Regex> ContinuationRegex = new(() => FigureLexicon.Regex(["source-continuations"], @"\G[\s«""'-]*", ""));

    private static readonly Lazy<Regex> InversionRegex = new(() =>
        new Regex(@"(?<=\p{L})(?:" + FigureLexicon.Alternation("source-inversions") + @")(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    // « pour sa part », « de son côté », « à leur tour » own nothing: the speaker's turn, not the figure's owner.
    private static readonly Lazy<Regex> PossessiveRegex = new(() => FigureLexicon.Regex(["possessives", "owner-nouns"], "", @"(?!\s+(?:part|côté|tour)(?![\p{L}]))"));

    // The possessives that are an owner's noun (« du groupe », « de l'entreprise »), right after a figure's noun,
    // or the firm its people leave (« une trentaine ont quitté l'entreprise »).
    private static readonly Lazy<Regex> OwnerAfterRegex = new(() => FigureLexicon.Regex(["owner-nouns", "leaving-the-employer"], @"\G(?:\s*(?:des|de|d')\s*[\p{L}-]+)?\s*", ""));

    private static readonly Lazy<Regex> SectorRegex = new(() => FigureLexicon.Regex("sector-words"));

    /// <summary>« selon », « d'après », « relayé par »: the name after them is the sentence's source.</summary>
    public static Regex SourceCue => SourceCueRegex.Value;

    /// <summary>« une étude de », « le rapport de »: the name after them is the study's author.</summary>
    public static Regex Study => StudyRegex.Value;

    /// <summary>« a annoncé », « estime », « va investir »: the name before or after is who says it.</summary>
    public static Regex Speech => SpeechRegex.Value;

    /// <summary><see cref="Speech"/>'s matches in <paramref name="sentence"/>, as if it were the whole text.</summary>
    public static List<(int Index, int Length)> Speeches(string text, Span sentence, List<int>[] anchors) =>
        SpeechSearch.Value.Spans(text, sentence, anchors[AnchorWords.SpeechVerbs]);

    /// <summary><see cref="SourceCue"/>'s matches in <paramref name="sentence"/>, as if it were the whole text.</summary>
    public static List<(int Index, int Length)> SourceCues(string text, Span sentence, List<int>[] anchors) =>
        SourceCueSearch.Value.Spans(text, sentence, anchors[AnchorWords.SourceCues]);

    /// <summary><see cref="Study"/>'s matches in <paramref name="sentence"/>, as if it were the whole text.</summary>
    public static List<(int Index, int Length)> Studies(string text, Span sentence, List<int>[] anchors) =>
        StudySearch.Value.Spans(text, sentence, anchors[AnchorWords.StudyNouns]);

    /// <summary>After a source cue, words that mean the last source (« cette étude », « elle »).</summary>
    public static Regex SourceAnaphor => SourceAnaphorRegex.Value;

    /// <summary>After a source cue or a verb, words that mean the firm being talked about (« la direction »).</summary>
    public static Regex EmployerAnaphor => EmployerAnaphorRegex.Value;

    /// <summary>« que » or « qu' » right before an <see cref="EmployerAnaphor"/> (« que l'entreprise »).</summary>
    public static Regex EmployerAfterQue => EmployerAfterQueRegex.Value;

    /// <summary>At a sentence's start, words that continue the last source (« Il en ressort »).</summary>
    public static Regex Continuation => ContinuationRegex.Value;

    /// <summary>« prévient-elle »: a pronoun speaker standing for the last source.</summary>
    public static Regex Inversion => InversionRegex.Value;

    /// <summary>« en grande partie aux États-Unis », « majoritairement en Allemagne »: the part of a whole a country holds.</summary>
    public static readonly Regex RegionShare = new(@"(?<![\p{L}])(?:principalement|majoritairement|essentiellement|surtout|notamment|en\s+grande\s+partie|en\s+majorité|pour\s+l'essentiel)\s+(?:en|aux?|à|dans)\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>« 1 800 postes en France », « 900 emplois dans le monde »: where the figure's own jobs are, right after them.</summary>
    public static bool LocatedRightAfter(string s, int end, string region) =>
        PlaceAfterRegex.Match(s, end) is { Success: true } m && m.Index == end
        && string.Equals(m.Groups["place"].Value, region, StringComparison.OrdinalIgnoreCase);

    private static readonly Regex PlaceAfterRegex = new(@"\G\s+(?:en|aux?|dans\s+l[ea]s?)\s+(?<place>\p{L}[\p{L}-]*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool HasPossessive(string s, int from, int to) =>
        to > from && PossessiveRegex.Value.IsMatch(s.AsSpan(from, to - from));

    /// <summary>« 10 % des effectifs du groupe »: the figure's noun is owned by the firm talked about.</summary>
    public static bool OwnedAfter(string s, int end, int limit) =>
        limit > end && OwnerAfterRegex.Value.Match(s, end, limit - end) is { Success: true } m && m.Index == end;

    public static bool NamesSector(string s, Span sentence) =>
        SectorRegex.Value.IsMatch(s.AsSpan(sentence.Start, sentence.Length));

    /// <summary>
    /// <see cref="NamesSector(string, Span)"/>, but where a figure ending at <paramref name="figureEnd"/> has its jobs
    /// (« 1 800 postes dans le monde d'ici 2027 ») names no sector.
    /// </summary>
    public static bool NamesSector(string s, Span span, int figureEnd)
    {
        var place = PlaceAfterRegex.Match(s, figureEnd);
        if (figureEnd < span.Start || !place.Success || place.Index != figureEnd || place.Index + place.Length > span.End) return NamesSector(s, span);
        var after = place.Index + place.Length;
        return SectorRegex.Value.IsMatch(s.AsSpan(span.Start, figureEnd - span.Start)) || SectorRegex.Value.IsMatch(s.AsSpan(after, span.End - after));
    }
}
