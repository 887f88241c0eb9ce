using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Titles of works written in quotation marks: « Hunger Games », « John Wick », "Future Unscripted".
/// A few capitalised words, and nothing else, between the marks name a film, a book or a report,
/// not a person or a body, however much they look like one.
/// </summary>
public static class QuotedTitles
{
    private const int MaxWords = 5;

    // Lowercase words a title may hold between its capitalised ones.
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "de", "du", "des", "d", "la", "le", "les", "l", "et", "of", "the", "and", "à" };

    public static List<Span> Find(string text)
    {
        var spans = new List<Span>();
        foreach (var q in QuotationMarks.Find(text))
            if (IsTitle(text, q.Inner)) spans.Add(q.Inner);
        return spans;
    }

    private static bool IsTitle(string text, Span inner)
    {
        var words = text[inner.Start..inner.End].Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !char.IsUpper(words[0][0])) return false;
        foreach (var w in words)
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || LinkWords.Contains(w)) || w.AsSpan().IndexOfAny(".,;:!?") >= 0) return false;
        return true;
    }
}
