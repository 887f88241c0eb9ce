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

    public static List<Span> Find(string text)
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
}
