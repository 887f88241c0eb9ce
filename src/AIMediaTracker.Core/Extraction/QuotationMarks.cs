using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Pairs quotation marks within a paragraph. Guillemets and curly quotes say which side
/// they are on, so they nest ("« ... "entraîner un modèle" ... »" is one quotation);
/// straight quotes are paired left to right, outside any guillemets.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>A quotation: <paramref name="Outer"/> includes the marks, <paramref name="Inner"/> is the quoted text.</summary>
    public readonly record struct Quoted(Span Outer, Span Inner);

    public static List<Quoted> Find(string original)
    {
        var found = new List<Quoted>();
        var lineStart = 0;
        while (lineStart < original.Length)
        {
            var lineEnd = original.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = original.Length;
            FindInLine(original, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static void FindInLine(string s, int start, int end, List<Quoted> found)
    {
        var i = start;
        while (i < end)
        {
            var c = s[i];
            int close;
            if (c is '\u00AB' or '\u201C') close = Closing(s, i, end, c, c == '\u00AB' ? '\u00BB' : '\u201D');
            else if (c == '"' && IsOpeningStraight(s, i, start)) close = s.IndexOf('"', i + 1, end - i - 1);
            else { i++; continue; }
            // A quotation left open runs to the end of its paragraph.
            var outerEnd = close < 0 ? end : close + 1;
            var innerEnd = close < 0 ? end : close;
            var inner = Trim(s, i + 1, innerEnd);
            if (inner.Length > 0) found.Add(new Quoted(new Span(i, outerEnd), inner));
            i = outerEnd;
        }
    }

    private static int Closing(string s, int open, int end, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (s[i] == opening) depth++;
            else if (s[i] == closing && --depth == 0) return i;
        }
        return -1;
    }

    // A straight quote opens when it follows a space, a bracket or the start of the paragraph.
    private static bool IsOpeningStraight(string s, int i, int lineStart) =>
        i == lineStart || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '\'' or '\u2019' or ':' or '-';

    private static Span Trim(string s, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] == '\u00A0' || s[start] == '\u202F')) start++;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] == '\u00A0' || s[end - 1] == '\u202F')) end--;
        return new Span(start, end);
    }
}
