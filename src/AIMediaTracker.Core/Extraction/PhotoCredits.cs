using System.Buffers;
using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Photo credits and agency bylines ("( AFP / SEBASTIEN BOZON )", "© Getty Images",
/// "Photo : Reuters"): the agency there took a picture, it is not part of the story.
/// </summary>
public static partial class PhotoCredits
{
    // "( AFP / ERIC PIERMONT )", "(Photo AFP)", "© Getty Images", "Crédit photo : Hans Lucas / AFP"
    internal const string Pattern =
        @"\([^()\n]{0,40}[ ]/[ ][^()\n]{0,60}\)|\((?:[Pp]hoto|[Ii]llustration)[ ][^()\n]{1,60}\)|©[^\n)]{0,80}|(?<=^|\n|[(]|//)[ ]*(?:[Pp]hotos?|PHOTO|[Cc]r[ée]dits?(?:[ ][Pp]hoto)?|[Ii]llustration|[Ii]mage)[ ]?:[^\n)]{0,100}";

    [GeneratedRegex(@"\G(?:" + Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex CreditAt();

    // Every credit starts on "(" or "©", or (its last form) at a line's start, right after "(" or
    // after "//": the pattern is tried there only. Searched whole, it was tried at every space and
    // every p, c or i of the article, where its last form may start.
    private static readonly SearchValues<char> Openers = SearchValues.Create("(©\n/");

    /// <summary>Every credit: the <see cref="Pattern"/>'s, then photographers and agencies closing a caption's line.</summary>
    public static List<Span> Find(string text)
    {
        var spans = FindByPattern(text);
        // « Un studio de doublage à Saint-Denis. Jean Dupont / AFP »: a photographer and an agency closing
        // a caption's line. Only where a line holds « / ».
        if (text.Contains(" / ", StringComparison.Ordinal))
            foreach (Match m in CaptionCredit().Matches(text))
                if (!SpanLists.AnyOverlaps(spans, new Span(m.Index, m.Index + m.Length))) spans.Add(new Span(m.Index, m.Index + m.Length));
        return spans;
    }

    /// <summary>What <see cref="Pattern"/> finds searching the whole text, searched where a credit can start.</summary>
    internal static List<Span> FindByPattern(string text)
    {
        var spans = new List<Span>();
        // No credit starts before the end of the last one found, as in a left-to-right search.
        var resume = 0;
        void TryAt(int at)
        {
            if (at < resume || at >= text.Length) return;
            var m = CreditAt().Match(text, at);
            if (!m.Success) return;
            spans.Add(new Span(m.Index, m.Index + m.Length));
            resume = m.Index + m.Length;
        }
        TryAt(0);
        for (var i = 0; i < text.Length;)
        {
            var k = text.AsSpan(i).IndexOfAny(Openers);
            if (k < 0) break;
            var j = i + k;
            switch (text[j])
            {
                case '(': TryAt(j); TryAt(j + 1); break;
                case '©': TryAt(j); break;
                case '\n': TryAt(j + 1); break;
                default: if (j + 1 < text.Length && text[j + 1] == '/') TryAt(j + 2); break;
            }
            i = j + 1;
        }
        return spans;
    }

    [GeneratedRegex(@"(?<=^|\n|[.!?][ ])\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3}[ ]/[ ]\p{Lu}[\p{L}\p{N}&'’-]*(?:[ ]\p{Lu}[\p{L}\p{N}&'’-]*){0,2}[ ]*(?=\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();
}
