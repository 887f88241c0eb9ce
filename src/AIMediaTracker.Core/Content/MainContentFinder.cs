using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Picks the blocks that hold the article: every paragraph votes for its ancestors with its length
/// and commas, votes shrink with link density, and the best container is joined by those of its
/// siblings that look like more of the same text (an article split by an ad or a figure).
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraphChars = 25;
    // Text held only in <span>s (no text of the container's own) must read as prose, not a byline (« By <a>Tess Bonn</a> - 11/19/19 »).
    private const int MinSpannedChars = 80;
    private const int AncestorLevels = 5;

    /// <summary>The best container (Top) and every block to keep with it, in document order.</summary>
    public static (IElement Top, IReadOnlyList<IElement> Blocks) Find(IElement body, TextStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in Paragraphs(body, stats))
        {
            var c = stats[paragraph];
            var own = InlineContainers.Contains(paragraph.LocalName) ? DirectCounts(paragraph, stats) : (Chars: c.Chars, Commas: c.Commas, LinkChars: 0, Spanned: false);
            // A line of links, or a teaser card wrapped in one link (« <a><div>Résumé…</div></a> »), leads
            // out of the page: it is not the page's text.
            if (own.Chars < (own.Spanned ? MinSpannedChars : MinParagraphChars) || own.LinkChars * 2 > own.Chars || InsideLink(paragraph)
                || IsList(own.Chars, own.Commas) || IsCaption(paragraph, own.Chars, stats)) continue;
            var score = 1 + own.Commas + Math.Min(own.Chars / 100, 3);
            // Text sitting directly in a container (no <p>) votes for that container itself.
            var start = own.Chars < c.Chars ? paragraph : paragraph.ParentElement;
            var level = 0;
            for (var a = start; a is not null && level < AncestorLevels; a = a.ParentElement, level++)
            {
                if (!scores.TryGetValue(a, out var current)) current = InitialScore(a);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[a] = current + (double)score / divider;
                if (ReferenceEquals(a, body)) break;
            }
        }
        if (scores.Count == 0) return (body, [body]);

        var final = scores.ToDictionary<KeyValuePair<IElement, double>, IElement, double>(kv => kv.Key, kv => kv.Value * (1 - stats[kv.Key].LinkDensity), ReferenceEqualityComparer.Instance);
        var ranked = final.OrderByDescending(kv => kv.Value).Take(5).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        // Several strong candidates under one ancestor: the ancestor is the article, they are its parts.
        var strong = ranked.Skip(1).Where(kv => kv.Value >= topScore * 0.75).Select(kv => kv.Key).ToList();
        if (strong.Count >= 2)
        {
            for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body.ParentElement); parent = parent.ParentElement)
            {
                if (strong.Count(s => parent.Contains(s)) >= 2) { top = parent; break; }
            }
        }
        // A parent that scores better than its best child holds more of the article.
        var last = final.GetValueOrDefault(top);
        for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body) && !ReferenceEquals(parent, body.ParentElement); parent = parent.ParentElement)
        {
            if (!final.TryGetValue(parent, out var ps) || ps < topScore / 3) break;
            if (ps > last) { top = parent; last = ps; }
        }
        while (top.ParentElement is { } only && !ReferenceEquals(top, body) && !ReferenceEquals(only, body) && only.ChildElementCount == 1)
            top = only;
        var picked = WithSiblings(top, Math.Max(final.GetValueOrDefault(top), topScore), final, stats);
        return (top, WithChunks(body, top, picked, final, Math.Max(10, topScore * 0.2)));
    }

    // Some sites cut one article into several same-class blocks separated by ad rails: keep every chunk.
    private static List<IElement> WithChunks(IElement body, IElement top, List<IElement> picked, Dictionary<IElement, double> final, double threshold)
    {
        var cls = top.ClassName;
        if (string.IsNullOrWhiteSpace(cls) || top.LocalName is "body") return picked;
        var chunks = final.Keys.Where(e => e.ClassName == cls && final[e] >= threshold && e.LocalName == top.LocalName
            && !picked.Any(p => p.Contains(e) || e.Contains(p))).ToList();
        if (chunks.Count == 0) return picked;
        var all = picked.Concat(chunks).ToHashSet();
        return body.QuerySelectorAll("*").Where(all.Contains).ToList();
    }

    private static List<IElement> WithSiblings(IElement top, double topScore, Dictionary<IElement, double> final, TextStats stats)
    {
        if (top.ParentElement is not { } parent || top.LocalName is "body") return [top];
        var threshold = Math.Max(10, topScore * 0.2);
        var picked = new List<IElement>();
        var siblings = parent.Children.ToList();
        var topAt = siblings.IndexOf(top);
        var inside = BestInside(parent, final);
        for (var i = 0; i < siblings.Count; i++)
        {
            var sibling = siblings[i];
            if (ReferenceEquals(sibling, top)) { picked.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (final.TryGetValue(sibling, out var s) && s + bonus >= threshold) { picked.Add(sibling); continue; }
            // The rest of the article wrapped a level or two deeper (« <div class="row"><div class="col"> »).
            if (inside.TryGetValue(sibling, out var deep) && deep >= threshold && stats[sibling].LinkDensity < 0.25) { picked.Add(sibling); continue; }
            var textLike = sibling.LocalName is "p" || sibling.LocalName is "div" && !sibling.Children.Any(ch => BoilerplateRules.BlockTags.Contains(ch.LocalName));
            if (!textLike && sibling.LocalName is not ("blockquote" or "h2" or "h3" or "ul" or "ol" or "figure")) continue;
            var c = stats[sibling];
            if (c.Chars > 80 && c.LinkDensity < 0.25) picked.Add(sibling);
            // Short headings and lines only belong to the article when they sit next to it.
            else if (c.Chars is > 0 and <= 80 && c.LinkDensity == 0 && (textLike || sibling.LocalName is "h2" or "h3") && Math.Abs(i - topAt) == 1) picked.Add(sibling);
        }
        return picked;
    }

    // A few levels only: a teaser card puts its link just around its text, and a page can nest 500 levels.
    private static bool InsideLink(IElement paragraph)
    {
        var a = paragraph.ParentElement;
        for (var level = 0; a is not null && level < AncestorLevels; a = a.ParentElement, level++)
            if (a.LocalName == "a") return true;
        return false;
    }

    /// <summary>For each child of parent, the best score of a candidate a few levels inside it.</summary>
    private static Dictionary<IElement, double> BestInside(IElement parent, Dictionary<IElement, double> final)
    {
        var best = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (e, score) in final)
        {
            var child = e;
            for (var level = 0; level < AncestorLevels && child.ParentElement is { } up; level++, child = up)
            {
                if (!ReferenceEquals(up, parent)) continue;
                if (!ReferenceEquals(child, e)) best[child] = Math.Max(best.GetValueOrDefault(child), score);
                break;
            }
        }
        return best;
    }

    // "alice, bob, carol, …": a list of names or tags has a comma every few characters, prose every forty or more.
    private static bool IsList(int chars, int commas) => commas > 10 && chars < commas * 20;

    private static double InitialScore(IElement e) => BoilerplateRules.ClassWeight(e) + e.LocalName switch
    {
        "div" or "article" or "main" => 5,
        "section" or "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    // Containers whose own lines (text and inline elements outside their block children) read as a
    // paragraph: a browser shows « <div><span>Texte</span></div> » or text between <br><br> in <body>
    // the same way as a <p>.
    private static readonly HashSet<string> InlineContainers = new(StringComparer.Ordinal) { "div", "section", "article", "body", "center", "font", "main" };

    /// <summary>Elements whose text counts as one paragraph: p, pre, td, and containers of inline text.</summary>
    private static IEnumerable<IElement> Paragraphs(IElement body, TextStats stats)
    {
        foreach (var e in body.QuerySelectorAll("*").Prepend(body))
        {
            if (e.LocalName is "p" or "pre" or "td" || InlineContainers.Contains(e.LocalName) && HasInlineText(e, stats))
                yield return e;
        }
    }

    private static bool HasInlineText(IElement e, TextStats stats)
    {
        foreach (var n in e.ChildNodes)
        {
            if (n is IText t && !string.IsNullOrWhiteSpace(t.Data)) return true;
            if (n is IElement child && IsPhrasing(child, stats) && stats[child].Chars > 1) return true;
        }
        return false;
    }

    // Text-level tags only: a custom element (« <bz-app> ») or a <span> wrapping paragraphs is a block in disguise.
    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "span", "a", "b", "strong", "em", "i", "u", "s", "font", "small", "big", "sub", "sup", "abbr", "cite", "q",
        "mark", "time", "code", "del", "ins", "dfn", "kbd", "var", "bdi", "bdo", "label", "nobr", "tt",
    };

    private static bool IsPhrasing(IElement e, TextStats stats)
    {
        if (!Phrasing.Contains(e.LocalName)) return false;
        var c = stats[e];
        return c.Paragraphs == 0 && c.Headings == 0 && c.ListItems == 0;
    }

    // "Légende : la salle de rédaction, mardi." beside a picture, alone in its box: a caption (a gallery
    // has dozens) describes a photo and casts no vote for where the article is.
    private static bool IsCaption(IElement paragraph, int chars, TextStats stats) =>
        chars < 300 && paragraph.ParentElement is { } box && stats[box].Images > 0 && stats[box].Chars - stats[paragraph].Chars < MinParagraphChars;

    /// <summary>Text that is not inside a block child: what a browser shows as the container's own lines.</summary>
    private static (int Chars, int Commas, int LinkChars, bool Spanned) DirectCounts(IElement e, TextStats stats)
    {
        int chars = 0, commas = 0, links = 0;
        var ownText = false;
        foreach (var n in e.ChildNodes)
        {
            if (n is IText t)
            {
                var (c, k) = TextStats.Measure(t.Data.Trim());
                chars += c;
                commas += k;
                ownText |= c > 0;
            }
            else if (n is IElement child && IsPhrasing(child, stats))
            {
                var c = stats[child];
                chars += c.Chars;
                commas += c.Commas;
                links += child.LocalName == "a" ? c.Chars : c.LinkChars;
            }
        }
        return (chars, commas, links, !ownText);
    }
}
