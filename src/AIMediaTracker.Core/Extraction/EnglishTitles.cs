using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// English titles quoted in French text: capitalised words joined by « of », « and » or « for »
/// (« Journal of Mathematical Economics », « History of Political Economy », « Social Choice and
/// Welfare », « Future of Jobs Report »). The words in them are a journal's, a report's or a body's,
/// never a person's name, however much two capitalised words look like one. Found from the English
/// link words, which French text otherwise hardly has, then widened over the capitalised words around.
/// </summary>
public static class EnglishTitles
{
    // Not « on »: French uses it, and « Reuters on » could then start a title.
    private static readonly string[] Links = ["of", "and", "for"];

    public static List<Span> Find(string text)
    {
        var spans = new List<Span>();
        foreach (var link in Links)
        {
            var probe = " " + link + " ";
            for (var i = text.IndexOf(probe, StringComparison.Ordinal); i >= 0; i = text.IndexOf(probe, i + 1, StringComparison.Ordinal))
            {
                var before = WordBefore(text, i);
                var after = i + probe.Length;
                // « of the History »: the article belongs to the title too.
                if (text.AsSpan(after).StartsWith("the ", StringComparison.Ordinal)) after += 4;
                if (before < 0 || !IsCapitalisedWordAt(text, after)) continue;
                var start = before;
                while (WordBefore(text, start - 1) is var previous and >= 0 && IsCapitalisedWordAt(text, previous)) start = previous;
                var end = WordEnd(text, after);
                while (end + 1 < text.Length && text[end] == ' ' && IsCapitalisedWordAt(text, end + 1)) end = WordEnd(text, end + 1);
                spans.Add(new Span(start, end));
            }
        }
        return spans;
    }

    // The start of the capitalised word just before a space, or -1.
    private static int WordBefore(string text, int space)
    {
        if (space <= 0 || space >= text.Length || text[space] != ' ') return -1;
        var start = space;
        while (start > 0 && IsWordChar(text[start - 1])) start--;
        return start < space && IsCapitalisedWordAt(text, start) ? start : -1;
    }

    private static bool IsCapitalisedWordAt(string text, int index) =>
        index >= 0 && index < text.Length && char.IsUpper(text[index]) && (index == 0 || !IsWordChar(text[index - 1]));

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && IsWordChar(text[index])) index++;
        return index;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'';
}
