using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The organisations the tagger found that no list or cue gives, once the words a name never
/// starts or ends with are trimmed off ("L'", a capitalised adverb, a place).
/// </summary>
public static partial class TaggedOrganizations
{
    /// <summary>How far the organisation label must beat "outside" on the name's first word.</summary>
    public const float MinimumMargin = 0f;

    public static IEnumerable<Span> Find(ArticleText text)
    {
        foreach (var entity in ArticleNames.Of(text))
        {
            if (entity.Type != "ORG" || entity.Margin < MinimumMargin) continue;
            // « La porte-parole, Marie-Claude Dupont, a confirmé »: the tagger may take a person in apposition for a body.
            if (Trim(text.Matchable, entity.Span) is { } span && !IsFollowedByPersonRole(text, span) && !IsPortfolio(text.Matchable, span)
                && !OrganizationCues.LooksLikePerson(text.Matchable, span) && !OrganizationCues.IsFamilyName(text.Matchable, span)
                && !OrganizationCues.IsOpeningAdverb(text.Matchable, span)) yield return span;
        }
    }

    // « Marie-Pierre Dausse, professeur d'histoire, »: a name a person's role follows straight, without
    // an article, is a person's (« sur la TSR, la chanteuse fait le point » starts another clause).
    private static bool IsFollowedByPersonRole(ArticleText text, Span span)
    {
        var end = Math.Min(text.Matchable.Length, span.End + 160);
        return PersonContext.RoleAfterName(text, span.End, end) is { } role
            && text.Matchable.AsSpan(span.End, end - span.End).StartsWith(", " + role, StringComparison.Ordinal);
    }

    // « le ministre de la Santé », « le président de la République »: a minister's portfolio or the
    // head of state's title, no body of its own (« le ministère de la Santé » is one, found by its head).
    [GeneratedRegex(@"(?:\b[Mm]inistres?(?:[ ]d[ée]l[ée]gu[ée]e?s?)?(?:[ ]charg[ée]e?s?)?|\b[Ss]ecr[ée]taires?[ ]d'[EÉ]tat(?:[ ]charg[ée]e?s?)?)[ ](?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d')?$", RegexOptions.CultureInvariant)]
    private static partial Regex PortfolioBefore();

    private static bool IsPortfolio(string text, Span span)
    {
        var from = Math.Max(0, span.Start - 60);
        var before = text.AsSpan(from, span.Start - from);
        return PortfolioBefore().IsMatch(before)
            || text.AsSpan(span.Start, span.Length) is "République" && (before.EndsWith("résident de la ") || before.EndsWith("résidente de la "));
    }

    private static Span? Trim(string text, Span span)
    {
        var tokens = NerToken.Split(text, span.Start, span.End);
        var first = 0;
        var last = tokens.Count - 1;
        // "L'Usine Digitale": the elided article is not part of the name.
        while (first <= last && (IsNotName(text, tokens[first]) || (first < last && text[tokens[first + 1].Start] == '\'' && tokens[first].Length <= 2)))
            first += first < last && text[tokens[first + 1].Start] == '\'' ? 2 : 1;
        // "Conseil des Etats", "Ecole polytechnique de Zurich": a place or a capitalised noun after
        // « de » ends the name; a name never ends on « de » itself.
        while (last >= first && (IsNotName(text, tokens[last]) && !(last > first && IsLinkWord(text, tokens, last - 1))
            || !char.IsLetterOrDigit(text[tokens[last].Start]) || IsLinkWord(text, tokens, last))) last--;
        if (first > last) return null;
        var trimmed = new Span(tokens[first].Start, tokens[last].End);
        var value = text[trimmed.Start..trimmed.End];
        if (value.Length < 2 || Gazetteer.Places.Contains(value) || Gazetteer.IsGivenName(value)) return null;
        return trimmed;
    }

    // « de », « des », « du », « d' », « de la », « de l' » between a name's words.
    private static bool IsLinkWord(string text, List<NerToken> tokens, int k)
    {
        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (word is "'" or "’" && k > 0) word = text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length);
        return word is "de" or "des" or "du" or "d" or "la" or "l";
    }

    private static bool IsNotName(string text, NerToken token)
    {
        var word = text[token.Start..token.End];
        return CapitalizedStopwords.Contains(word) || Gazetteer.Places.Contains(word);
    }
}
