using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// French sentence boundaries over folded text. A line break always ends a sentence
/// (titles, captions and tweet signatures stand on their own lines); '.', '!', '?' and
/// '…' end one only when followed by a space and something that can start a sentence,
/// and not after an abbreviation or an initial ("M. Perry", "J. R. R. Tolkien").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste",
        "etc", "cf", "p", "pp", "ex", "env", "av", "apr", "J.-C", "no", "n", "vol", "art",
        "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "vs", "approx", "min", "max", "éd", "coll",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Mr", "Mrs", "Ms",
    };

    public static IReadOnlyList<Span> Split(string text)
    {
        var spans = new List<Span>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
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

    private static bool EndsSentence(string text, int i, out int end)
    {
        end = i + 1;
        while (end < text.Length && (IsTerminator(text[end]) || text[end] is '"' or ')' or '\''))
            end++;
        if (end >= text.Length) return true;
        if (text[end] != ' ') return false;

        var next = end;
        while (next < text.Length && text[next] == ' ') next++;
        if (next >= text.Length) return true;
        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '-' or '(' or '@' or '#')) return false;
        return text[i] != '.' || !IsAbbreviation(text, i);
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
        return Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimStart('.'));
    }

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new Span(start, end));
    }
}
