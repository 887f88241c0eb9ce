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
    [GeneratedRegex(@"\([^()\n]{0,40}[ ]/[ ][^()\n]{0,60}\)|\((?:[Pp]hoto|[Ii]llustration)[ ][^()\n]{1,60}\)|©[^\n)]{0,80}|(?<=^|\n|[(]|//)[ ]*(?:[Pp]hotos?|PHOTO|[Cc]r[ée]dits?(?:[ ][Pp]hoto)?|[Ii]llustration|[Ii]mage)[ ]?:[^\n)]{0,100}",
        RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    public static List<Span> Find(string text)
    {
        var spans = new List<Span>();
        foreach (Match m in Credit().Matches(text)) spans.Add(new Span(m.Index, m.Index + m.Length));
        return spans;
    }
}
