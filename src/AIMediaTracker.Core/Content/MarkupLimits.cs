using System.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Bounds the tree an HTML page can make before AngleSharp parses it. The parser's time grows with
/// the square of the nesting depth (100 000 nested &lt;div&gt; took over two minutes) and with the
/// square of one element's attribute count, so one linear pass over the markup drops the tags that
/// would nest deeper than <see cref="MaxDepth"/>, every tag past the first <see cref="MaxTags"/>,
/// attribute values longer than <see cref="MaxAttributeLength"/> and attributes past
/// <see cref="MaxAttributes"/>. Text is never dropped: an over-deep or over-long page is flattened,
/// not refused. Real articles stay far below these bounds (the shared corpus: under 2 100 elements).
/// </summary>
public static class MarkupLimits
{
    /// <summary>Levels of elements whose end tag is required; table sections and paragraphs do not count.</summary>
    public const int MaxDepth = 128;
    public const int MaxTags = 40_000;
    public const int MaxAttributeLength = 4_096;
    public const int MaxAttributes = 64;

    // Elements that never hold children, or whose end tag the parser supplies itself: they do not nest.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
        "tbody", "tfoot", "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    // Their content is text up to their end tag: no tag inside counts.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    // Rows and cells of a table dropped for depth: kept, the parser would hang them all, thousands of
    // them, on the last kept table (20 000 nested tables made 13 000 rows there).
    private static readonly HashSet<string> TableParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "col",
    };

    /// <summary>How far back an end tag looks for its start tag: a stray end tag must not cost a walk down the whole stack.</summary>
    private const int EndTagReach = 8;

    public static string Limit(string html)
    {
        var output = new StringBuilder(html.Length);
        var open = new List<(string Name, bool Kept)>();
        var depth = 0;
        var droppedTables = 0;
        var tags = 0;
        var copied = 0;
        var at = html.IndexOf('<');
        while (at >= 0 && at < html.Length - 1)
        {
            var next = html[at + 1];
            int end;
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal)) end = After(html, "-->", at + 4);
            else if (next is '!' or '?' || next == '/' && !(at + 2 < html.Length && char.IsAsciiLetter(html[at + 2]))) end = After(html, ">", at + 2);
            else if (next == '/')
            {
                var name = TagName(html, at + 2);
                end = After(html, ">", at + 2);
                var keep = ++tags <= MaxTags && CloseTag(open, name, ref depth, ref droppedTables) && !(droppedTables > 0 && TableParts.Contains(name));
                if (!keep) Skip(html, output, ref copied, at, end);
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = TagName(html, at + 1);
                end = StartTagEnd(html, at + 1 + name.Length, out var dropped);
                var selfClosing = end - 2 > at && html[end - 2] == '/';
                var keep = ++tags <= MaxTags && !(droppedTables > 0 && TableParts.Contains(name));
                if (keep && !selfClosing && !NotNesting.Contains(name) && !RawText.Contains(name))
                {
                    keep = depth < MaxDepth;
                    open.Add((name, keep));
                    if (keep) depth++;
                    else if (IsTable(name)) droppedTables++;
                }
                if (RawText.Contains(name) && !selfClosing)
                {
                    // The raw text runs to the matching end tag, which the next round reads as a tag;
                    // a script dropped with its tag must not leave its code behind as text.
                    var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    end = close < 0 ? html.Length : keep ? close : After(html, ">", close);
                }
                if (!keep) Skip(html, output, ref copied, at, end);
                else
                    foreach (var (from, to) in dropped) Skip(html, output, ref copied, from, to);
            }
            else end = at + 1;
            at = end < html.Length ? html.IndexOf('<', end) : -1;
        }
        if (copied == 0) return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>Pops up to the matching start tag; false when that start tag was dropped, so its end tag goes too.</summary>
    private static bool CloseTag(List<(string Name, bool Kept)> open, string name, ref int depth, ref int droppedTables)
    {
        for (var i = open.Count - 1; i >= Math.Max(0, open.Count - EndTagReach); i--)
        {
            if (!open[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var kept = open[i].Kept;
            for (var j = open.Count - 1; j >= i; j--)
            {
                if (open[j].Kept) depth--;
                else if (IsTable(open[j].Name)) droppedTables--;
            }
            open.RemoveRange(i, open.Count - i);
            return kept;
        }
        return true;
    }

    private static bool IsTable(string name) => name.Equals("table", StringComparison.OrdinalIgnoreCase);

    private static void Skip(string html, StringBuilder output, ref int copied, int from, int to)
    {
        output.Append(html, copied, from - copied);
        copied = to;
    }

    private static string TagName(string html, int from)
    {
        var to = from;
        while (to < html.Length && !char.IsWhiteSpace(html[to]) && html[to] is not ('/' or '>')) to++;
        return html[from..to];
    }

    private static int After(string html, string marker, int from)
    {
        var i = html.IndexOf(marker, from, StringComparison.Ordinal);
        return i < 0 ? html.Length : i + marker.Length;
    }

    /// <summary>
    /// The index just past a start tag's "&gt;", reading attributes as the HTML tokenizer does (quotes
    /// only open a value after "="); <paramref name="dropped"/> gets the attributes over the limits.
    /// </summary>
    private static int StartTagEnd(string html, int i, out List<(int From, int To)> dropped)
    {
        dropped = [];
        var count = 0;
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') return i + 1;
            var start = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            if (i == start) i++;
            var j = i;
            while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
            var valueLength = 0;
            if (j < html.Length && html[j] == '=')
            {
                j++;
                while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
                var valueStart = j;
                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    j = close < 0 ? html.Length : close + 1;
                }
                else
                    while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>') j++;
                valueLength = j - valueStart;
                i = j;
            }
            if (++count > MaxAttributes || valueLength > MaxAttributeLength) dropped.Add((start, i));
        }
        return html.Length;
    }
}
