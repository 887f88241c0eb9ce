using System.Text;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Block-aware text of the kept elements: one line per paragraph, heading, list item, caption or
/// quotation, whitespace collapsed inside a line, and the http(s) links found on the way.
/// </summary>
internal sealed class HtmlTextWriter
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder line = new();
    private readonly List<string> links = [];
    private readonly HashSet<string> seenLinks = new(StringComparer.Ordinal);
    private readonly Uri? baseUrl;
    private readonly string? skipHeading;

    public HtmlTextWriter(Uri? baseUrl, string? skipHeading)
    {
        this.baseUrl = baseUrl;
        this.skipHeading = skipHeading;
    }

    public string Text => text.ToString();

    public IReadOnlyList<string> Links => links;

    public void Write(IElement root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText t)
            {
                Append(t.Data);
                continue;
            }
            if (node is not IElement e) continue;
            var block = BoilerplateRules.BlockTags.Contains(e.LocalName);
            if (exit)
            {
                if (block) Break();
                continue;
            }
            switch (e.LocalName)
            {
                case "br":
                    Break();
                    continue;
                case "script" or "style" or "noscript" or "template":
                    continue;
                case "h1" when skipHeading is not null && IsTitle(e):
                    continue;
                case "a":
                    AddLink(e.GetAttribute("href"));
                    break;
                case "td" or "th":
                    line.Append(' ');
                    break;
            }
            if (block) Break();
            stack.Push((e, true));
            foreach (var child in e.NodesBackwards()) stack.Push((child, false));
        }
        Break();
    }

    private bool IsTitle(IElement h1)
    {
        var heading = ContentCleaner.Normalise(h1.TextContent);
        return heading.Length == 0 || skipHeading!.Contains(heading, StringComparison.OrdinalIgnoreCase)
            || heading.Contains(skipHeading!, StringComparison.OrdinalIgnoreCase) || SharedWords(heading, skipHeading!) >= 0.5;
    }

    // The social-network title often rewords the headline: half the words in common is the same headline.
    private static double SharedWords(string a, string b)
    {
        static HashSet<string> Words(string s) => s.ToLowerInvariant()
            .Split([' ', ',', '.', ':', ';', '!', '?', '«', '»', '"', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var wa = Words(a);
        var wb = Words(b);
        return wa.Count == 0 || wb.Count == 0 ? 0 : (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F' and not '\u2009')
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else if (c is not ('\u00AD' or '\u200B' or '\uFEFF'))
            {
                line.Append(c);
            }
        }
    }

    private void Break()
    {
        var s = line.ToString().Trim(' ');
        line.Clear();
        // "{{ article.title }}": a template the page's scripts never filled in.
        if (s.Length == 0 || s.Contains("{{", StringComparison.Ordinal) && s.Contains("}}", StringComparison.Ordinal)) return;
        if (text.Length > 0) text.Append('\n');
        text.Append(s);
    }

    private void AddLink(string? href)
    {
        var url = LinkResolver.Resolve(href, baseUrl);
        if (url is not null && seenLinks.Add(url)) links.Add(url);
    }
}
