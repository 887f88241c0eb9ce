using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Runs of capitalised words that may hold a person's name, with the particles names carry
/// ("Luis von Ahn", "Ursula von der Leyen", "Marine Le Pen") and middle initials ("George W. Bush").
/// </summary>
public static partial class PersonNameRuns
{
    private const string Word = @"(?:O')?\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{Lu}[\p{Ll}\p{Lu}]*)*";
    private const string Particle = "(?:von[ ]der|van[ ]der|van[ ]den|von|van|der|den|de|di|da|del|della|dos|das|bin|ben|al|el|ter|ten|Le|La|De|Del|Van|Von|Di|Da|Dos|Mac|Mc)";

    // An initial is tried before a word: as a one-letter word, « L » would end the run before its dot (« Samuel L. Jackson »).
    // Not « M. », the title before a surname (« Combien M. Ador »).
    [GeneratedRegex(@"(?<![\p{L}\p{N}@#_/.-])" + Word + "(?:[ ](?:" + Particle + @"[ ])?(?:(?!M\.)\p{Lu}\.(?=[ ]\p{Lu})|" + Word + @"))*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Run();

    /// <summary>Each run as its words (a particle is kept with the word it introduces).</summary>
    public static IEnumerable<List<(Span Span, string Text)>> Find(string text)
    {
        foreach (var run in Runs(text)) yield return Words(text, run);
    }

    // The runs' spans first: a ValueMatch allocates nothing, unlike a Match, but cannot be held across a yield.
    private static List<Span> Runs(string text)
    {
        var runs = new List<Span>();
        foreach (var m in Run().EnumerateMatches(text)) runs.Add(new Span(m.Index, m.Index + m.Length));
        return runs;
    }

    private static List<(Span Span, string Text)> Words(string text, Span run)
    {
        var words = new List<(Span, string)>(2);
        var i = run.Start;
        var end = run.End;
        while (i < end)
        {
            var next = text.IndexOf(' ', i, end - i);
            var wordEnd = next < 0 ? end : next;
            var word = text[i..wordEnd];
            // A particle belongs to the surname that follows it: "von Ahn", "Le Pen".
            if (IsParticle(word) && next >= 0)
            {
                var after = text.IndexOf(' ', next + 1, end - next - 1);
                var afterEnd = after < 0 ? end : after;
                if (IsParticle(text[(next + 1)..afterEnd]) && after >= 0)
                {
                    var third = text.IndexOf(' ', after + 1, end - after - 1);
                    afterEnd = third < 0 ? end : third;
                }
                wordEnd = afterEnd;
                word = text[i..wordEnd];
            }
            words.Add((new Span(i, wordEnd), word));
            i = wordEnd + 1;
        }
        return words;
    }

    /// <summary>A middle initial as a run holds it: « L. » in « Samuel L. Jackson ».</summary>
    public static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>The name without its middle initials: « Donald J. Trump » and « Donald Trump » are one person's.</summary>
    public static string WithoutInitials(string name) => MiddleInitial().Replace(name, " ");

    [GeneratedRegex(@" \p{Lu}\. ", RegexOptions.CultureInvariant)]
    private static partial Regex MiddleInitial();

    public static bool StartsWithParticle(string word)
    {
        var space = word.IndexOf(' ');
        return space > 0 && IsParticle(word[..space]);
    }

    private static bool IsParticle(string word) => word is "von" or "van" or "der" or "den" or "de" or "di" or "da"
        or "del" or "della" or "dos" or "das" or "bin" or "ben" or "al" or "el" or "ter" or "ten" or "Le" or "La"
        or "De" or "Del" or "Van" or "Von" or "Di" or "Da" or "Dos" or "Mac" or "Mc";
}
