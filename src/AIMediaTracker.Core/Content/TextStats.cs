using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Text length, link-text length and comma count of every element, gathered in one pass so that
/// scoring and cleaning stay linear in the page size however deeply the page nests.
/// </summary>
internal sealed class TextStats
{
    public readonly record struct Counts(int Chars, int LinkChars, int Commas, int Paragraphs, int Images, int ListItems, int Headings)
    {
        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }

    private readonly Dictionary<IElement, Counts> counts = new(ReferenceEqualityComparer.Instance);

    public static TextStats Of(IElement root)
    {
        var stats = new TextStats();
        stats.Visit(root);
        return stats;
    }

    public Counts this[IElement e] => counts.TryGetValue(e, out var c) ? c : default;

    // Iterative post-order walk: malformed pages can nest thousands of levels deep.
    private void Visit(IElement root)
    {
        var stack = new Stack<(IElement Element, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (e, done) = stack.Pop();
            if (!done)
            {
                stack.Push((e, true));
                foreach (var child in e.ElementsBackwards()) stack.Push((child, false));
                continue;
            }
            int chars = 0, links = 0, commas = 0, ps = 0, imgs = 0, lis = 0, hs = 0;
            foreach (var node in e.ChildNodes)
            {
                if (node is IText t)
                {
                    var (c, k) = Measure(t.Data);
                    chars += c;
                    commas += k;
                }
                else if (node is IElement child && counts.TryGetValue(child, out var cc))
                {
                    chars += cc.Chars;
                    commas += cc.Commas;
                    links += IsLink(child) ? cc.Chars : cc.LinkChars;
                    ps += cc.Paragraphs + (child.LocalName == "p" ? 1 : 0);
                    imgs += cc.Images + (child.LocalName is "img" or "picture" ? 1 : 0);
                    lis += cc.ListItems + (child.LocalName == "li" ? 1 : 0);
                    hs += cc.Headings + (child.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" ? 1 : 0);
                }
            }
            counts[e] = new Counts(chars, links, commas, ps, imgs, lis, hs);
        }
    }

    // An e-mail address is text to read, not a way out of the page.
    private static bool IsLink(IElement e) =>
        e.LocalName == "a" && !(e.GetAttribute("href") ?? "").StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Length with whitespace runs counted as one character, and commas.</summary>
    public static (int Chars, int Commas) Measure(string text)
    {
        int chars = 0, commas = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) chars++;
                space = true;
                continue;
            }
            space = false;
            chars++;
            if (c is ',' or '،' or '，') commas++;
        }
        return (chars, commas);
    }
}
