using System.Buffers;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// French sentence boundaries over folded text. A line break always ends a sentence
/// (titles, captions and tweet signatures stand on their own lines); '.', '!', '?' and
/// '…' end one only when followed by a space and something that can start a sentence,
/// and not after an abbreviation or an initial ("M. Perry", "J. R. R. Tolkien"). Text is
/// folded, so « and » are both '"': a quote mark after the terminator closes the sentence
/// when an odd number of marks precede it in the paragraph.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste",
        "cf", "p", "pp", "ex", "env", "av", "apr", "J.-C", "no", "n", "vol", "art",
        "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "vs", "approx", "min", "max", "éd", "coll",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Mr", "Mrs", "Ms",
        "Prof", "Cie", "Gal", "Lt", "Cdt", "Sgt", "fig", "chap", "hab", "Mds", "mds", "Md", "md", "mio", "bd", "tél",
    };

    public static IReadOnlyList<Span> Split(string text)
    {
        var spans = new List<Span>();
        var start = 0;
        for (var i = 0; text.AsSpan(i).IndexOfAny(Breaks) is var next and >= 0; i++)
        {
            i += next;
            var c = text[i];
            if (c == '\n')
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
            else if (IsTerminator(c) && EndsSentence(text, i, out var end))
            {
                Add(spans, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    // A line break or a terminator: the only characters the split stops at.
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n.!?…");

    private static bool EndsSentence(string text, int i, out int end)
    {
        end = i + 1;
        while (end < text.Length && (IsTerminator(text[end]) || text[end] is '"' or ')' or '\''))
            end++;
        if (end >= text.Length) return true;
        if (text[end] != ' ') return false;
        end = SkipClosingQuote(text, end);
        if (end >= text.Length) return true;
        if (text[end] != ' ') return false;

        var next = end;
        while (next < text.Length && text[next] == ' ') next++;
        if (next >= text.Length) return true;
        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '-' or '(' or '@' or '#')) return false;
        return text[i] != '.' || !IsAbbreviation(text, i);
    }

    // French typography puts a space before the closing guillemet: « C'est fini. » Puis...
    private static int SkipClosingQuote(string text, int afterTerminator)
    {
        var q = afterTerminator;
        while (q < text.Length && text[q] == ' ') q++;
        if (q >= text.Length || text[q] != '"') return afterTerminator;
        var lineStart = text.LastIndexOf('\n', q) + 1;
        var marks = 0;
        for (var k = lineStart; k < q; k++) if (text[k] == '"') marks++;
        return marks % 2 == 1 ? q + 1 : afterTerminator;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        // A lone capital is an initial ("J. Smith"), except a pronoun-like "A." is rare enough to ignore.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        // Dotted acronyms and initials: "S.A", "U.S", "J.-C".
        if (word.Contains('.') && word.Split('.', '-').All(p => p.Length <= 1)) return true;
        return Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimStart('.'));
    }

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new Span(start, end));
    }
}
