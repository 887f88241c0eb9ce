using System.Text;
using System.Text.Encodings.Web;
using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Html;

namespace AIMediaTracker.Web.Rendering;

/// <summary>
/// Renders a stored article body as paragraphs, with entity mentions linked and the sentence of
/// every figure wrapped in an element whose id is the figure's anchor (<c>#fig-340</c>, <see cref="FigureAnchor"/>), so a deep
/// link scrolls to and highlights the exact sentence. All article text is HTML-encoded: nothing
/// an article contains can become markup.
/// </summary>
public static class ArticleTextRenderer
{
    private sealed record Mark(int Start, int End, string Open, string Close, int Depth);

    public static IHtmlContent Render(string text, IReadOnlyList<MentionSpan> mentions, IReadOnlyList<FigureLine> figures, IReadOnlyList<DateLine> dates)
    {
        var marks = new List<Mark>();
        var targets = figures.Select(f => (Id: FigureAnchor.Of(f.Start), f.SentenceStart, f.SentenceEnd))
            .Concat(dates.Select(d => (Id: $"date-{d.Id}", d.SentenceStart, d.SentenceEnd)));
        // Several figures or dates can share one sentence: one wrapper, extra anchors inside it.
        foreach (var sentence in targets.GroupBy(t => (t.SentenceStart, t.SentenceEnd)))
        {
            var ids = sentence.Select(t => t.Id).ToList();
            var anchors = string.Concat(ids.Skip(1).Select(id => $"<span id=\"{id}\" class=\"anchor\"></span>"));
            marks.Add(new Mark(sentence.Key.SentenceStart, sentence.Key.SentenceEnd,
                $"<span id=\"{ids[0]}\" class=\"target-sentence\">{anchors}", "</span>", 0));
        }
        foreach (var f in figures)
            marks.Add(new Mark(f.Start, f.End, "<strong class=\"fig\">", "</strong>", 1));
        foreach (var m in mentions)
            marks.Add(new Mark(m.Start, m.End, $"<a class=\"ent ent-{Css(m.Type)}\" href=\"{Href(m)}\">", "</a>", 2));

        var kept = KeepNested(marks, text);
        var sb = new StringBuilder(text.Length * 2);
        var paragraphStart = text.IndexOf('\n') + 1; // the first line is the title, shown as the heading
        if (paragraphStart == 0) paragraphStart = text.Length;
        var open = new Stack<Mark>();
        sb.Append("<p>");
        var pos = paragraphStart;
        var events = kept.Where(m => m.Start >= paragraphStart)
            .SelectMany(m => new[] { (Pos: m.Start, IsOpen: true, Mark: m), (Pos: m.End, IsOpen: false, Mark: m) })
            .OrderBy(e => e.Pos).ThenBy(e => e.IsOpen).ThenBy(e => e.IsOpen ? e.Mark.Depth : -e.Mark.Depth)
            .ThenBy(e => e.IsOpen ? -e.Mark.End : -e.Mark.Start)
            .ToList();
        foreach (var e in events)
        {
            AppendText(sb, text, pos, e.Pos);
            pos = e.Pos;
            if (e.IsOpen) { sb.Append(e.Mark.Open); open.Push(e.Mark); }
            else if (open.Count > 0 && open.Peek() == e.Mark) { sb.Append(e.Mark.Close); open.Pop(); }
        }
        AppendText(sb, text, pos, text.Length);
        while (open.Count > 0) sb.Append(open.Pop().Close);
        sb.Append("</p>");
        return new HtmlString(sb.ToString().Replace("<p></p>", ""));
    }

    /// <summary>Keeps marks that nest cleanly: no crossing, no mark spanning a paragraph break.</summary>
    private static List<Mark> KeepNested(List<Mark> marks, string text)
    {
        var kept = new List<Mark>();
        foreach (var m in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start && text.IndexOf('\n', m.Start, m.End - m.Start) < 0)
                     .OrderBy(m => m.Depth).ThenBy(m => m.Start).ThenByDescending(m => m.End))
        {
            var crosses = kept.Any(k => (m.Start < k.Start && m.End > k.Start && m.End < k.End)
                                     || (m.Start > k.Start && m.Start < k.End && m.End > k.End)
                                     || (m.Depth == k.Depth && m.Start < k.End && k.Start < m.End));
            if (!crosses) kept.Add(m);
        }
        return kept;
    }

    /// <summary>Text between marks; a line break starts a new paragraph (no kept mark spans one).</summary>
    private static void AppendText(StringBuilder sb, string text, int from, int to)
    {
        for (var i = from; i < to;)
        {
            var nl = text.IndexOf('\n', i, to - i);
            var end = nl < 0 ? to : nl;
            sb.Append(Encoder.Encode(text[i..end]));
            if (nl < 0) break;
            sb.Append("</p><p>");
            i = nl + 1;
        }
    }

    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Css(EntityType type) => type switch
    {
        EntityType.Organization => "org",
        EntityType.Person => "person",
        _ => "product",
    };

    public static string Href(MentionSpan m) => Href(m.Type, m.Slug);

    public static string Href(EntityLink link) => Href(link.Type, link.Slug);

    private static string Href(EntityType type, string slug) => type switch
    {
        EntityType.Organization => $"/organisations/{slug}",
        EntityType.Person => $"/personnes/{slug}",
        _ => $"/produits/{slug}",
    };
}
