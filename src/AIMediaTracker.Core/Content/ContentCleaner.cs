using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Removes what sits inside the chosen article but is not its text: related-article lists,
/// share bars, "À lire aussi" teasers, bylines, link farms. Works top-down on counts taken
/// once, so a page costs one pass whatever its size.
/// </summary>
internal static class ContentCleaner
{
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "div", "section", "ul", "ol", "table", "form", "header", "dl", "figure", "figcaption", "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote",
    };

    public static void Clean(IElement root, TextStats stats, bool byClassName = true)
    {
        var half = byClassName ? stats[root].Chars / 2 : -1;
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        foreach (var c in root.ElementsBackwards()) stack.Push(c);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (ShouldRemove(e, stats, half))
            {
                doomed.Add(e);
                if (e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "div" or "strong" && IsTeaserHeading(e, stats) && e.NextElementSibling is { } next && IsLinkList(next, stats))
                    doomed.Add(next);
                continue;
            }
            foreach (var c in e.ElementsBackwards()) stack.Push(c);
        }
        foreach (var e in doomed) e.Remove();
    }

    /// <summary>True when a block (e.g. a sibling joined to the article) is furniture rather than text.</summary>
    public static bool IsFurniture(IElement e, TextStats stats) => ShouldRemove(e, stats, int.MaxValue);

    private static bool IsTeaserHeading(IElement e, TextStats stats) =>
        stats[e].Chars < 60 && BoilerplateRules.IsTeaser(Normalise(e.TextContent));

    private static bool IsLinkList(IElement e, TextStats stats) =>
        e.LocalName is "ul" or "ol" or "div" or "p" or "section" && stats[e].LinkDensity > 0.3;

    // Class names only decide for blocks smaller than half the article: page builders name
    // their wrappers "widget" or "sidebar-right", and those wrappers hold the whole text.
    private static bool ShouldRemove(IElement e, TextStats stats, int half)
    {
        if (IsTweet(e)) return false;
        if (BoilerplateRules.IsHidden(e)) return true;
        var c = stats[e];
        var small = c.Chars <= half;
        if (small && BoilerplateRules.IsUnlikely(e)) return true;
        if (!Containers.Contains(e.LocalName)) return false;
        var weight = BoilerplateRules.ClassWeight(e);
        if (weight < 0 && small) return true;
        if (e.LocalName is "p" or "li" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "div" or "figcaption" && c.Chars < 400)
        {
            var text = Normalise(e.TextContent);
            if (BoilerplateRules.IsTeaser(text) && (c.Chars < 250 || c.LinkDensity > 0.3)) return true;
            if (BoilerplateRules.IsUtility(text) || BoilerplateRules.IsCredit(text)) return true;
        }
        switch (e.LocalName)
        {
            case "p" or "blockquote":
                // A line that is nothing but a link is a pointer to another page, not text.
                return c.Chars is > 0 and < 150 && c.LinkDensity > 0.9;
            case "h2" or "h3" or "h4" or "h5" or "h6":
                return c.LinkDensity > 0.5;
            case "li" or "figure" or "figcaption":
                return false;
        }
        if (c.Commas >= 10) return false;
        var isList = e.LocalName is "ul" or "ol";
        if (c.Images > 1 && c.Paragraphs * 2 < c.Images && e.LocalName != "figure") return true;
        if (!isList && c.ListItems > c.Paragraphs + 3 && c.LinkDensity > 0.3) return true;
        if (c.Chars < 25 && c.Images == 0 && !ContainsTweet(e)) return true;
        // Lists are held to a higher bar: a press review ("2 décembre : <a>Reportage</a>") is text with
        // links, a related-articles list is links alone (and usually follows a teaser heading).
        if (weight < 25 && c.LinkDensity > (isList ? 0.75 : 0.33)) return true;
        if (weight >= 25 && c.LinkDensity > 0.6) return true;
        return false;
    }

    private static bool IsTweet(IElement e) =>
        e.LocalName == "blockquote" && (e.ClassName ?? "").Contains("twitter-tweet", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsTweet(IElement e) => e.QuerySelector("blockquote.twitter-tweet") is not null;

    // Soft hyphens and zero-width spaces hide inside words ("illus\u00ADtra\u00ADtive") and defeat the patterns.
    public static string Normalise(string text) =>
        string.Join(' ', text.Replace("\u00AD", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
