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
    private const int AncestorLevels = 5;

    /// <summary>The best container (Top) and every block to keep with it, in document order.</summary>
    public static (IElement Top, IReadOnlyList<IElement> Blocks) Find(IElement body, TextStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in Paragraphs(body))
        {
            var c = stats[paragraph];
            var own = paragraph.LocalName is "div" or "section" or "article" ? DirectCounts(paragraph) : (c.Chars, c.Commas);
            if (own.Chars < MinParagraphChars || IsList(own)) continue;
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
        for (var i = 0; i < siblings.Count; i++)
        {
            var sibling = siblings[i];
            if (ReferenceEquals(sibling, top)) { picked.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (final.TryGetValue(sibling, out var s) && s + bonus >= threshold) { picked.Add(sibling); continue; }
            var textLike = sibling.LocalName is "p" || sibling.LocalName is "div" && !sibling.Children.Any(ch => BoilerplateRules.BlockTags.Contains(ch.LocalName));
            if (!textLike && sibling.LocalName is not ("blockquote" or "h2" or "h3" or "ul" or "ol" or "figure")) continue;
            var c = stats[sibling];
            if (c.Chars > 80 && c.LinkDensity < 0.25) picked.Add(sibling);
            // Short headings and lines only belong to the article when they sit next to it.
            else if (c.Chars is > 0 and <= 80 && c.LinkDensity == 0 && (textLike || sibling.LocalName is "h2" or "h3") && Math.Abs(i - topAt) == 1) picked.Add(sibling);
        }
        return picked;
    }

    // "alice, bob, carol, …": a list of names or tags has a comma every few characters, prose every forty or more.
    private static bool IsList((int Chars, int Commas) own) => own.Commas > 10 && own.Chars < own.Commas * 20;

    private static double InitialScore(IElement e) => BoilerplateRules.ClassWeight(e) + e.LocalName switch
    {
        "div" or "article" or "main" => 5,
        "section" or "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Elements whose text counts as one paragraph: p, pre, td, and containers of inline text.</summary>
    private static IEnumerable<IElement> Paragraphs(IElement body)
    {
        foreach (var e in body.QuerySelectorAll("*"))
        {
            switch (e.LocalName)
            {
                case "p" or "pre" or "td":
                    yield return e;
                    break;
                case "div" or "section" or "article" when HasDirectText(e):
                    yield return e;
                    break;
            }
        }
    }

    private static bool HasDirectText(IElement e)
    {
        foreach (var n in e.ChildNodes)
            if (n is IText t && !string.IsNullOrWhiteSpace(t.Data)) return true;
        return false;
    }

    /// <summary>Text that is not inside a block child: what a browser shows as the container's own lines.</summary>
    private static (int Chars, int Commas) DirectCounts(IElement e)
    {
        int chars = 0, commas = 0;
        foreach (var n in e.ChildNodes)
        {
            if (n is IText t)
            {
                var (c, k) = TextStats.Measure(t.Data);
                chars += c;
                commas += k;
            }
            else if (n is IElement child && !BoilerplateRules.BlockTags.Contains(child.LocalName))
            {
                var (c, k) = TextStats.Measure(child.TextContent);
                chars += c;
                commas += k;
            }
        }
        return (chars, commas);
    }
}
