using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// The lead paragraph ("chapô", standfirst, Vorspann) that many templates set apart from the
/// body, e.g. in the article header: it is article text, but scores as a separate block.
/// </summary>
internal static partial class LeadFinder
{
    [GeneratedRegex(@"(?:^|[\s_-])(?:lead|lede|leadin|intro|introduction|chapo|chapeau|perex|vorspann|excerpt|standfirst|dek|deck|summary|abstract|description|descr)(?:[\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadClass();

    public static IElement? Find(IElement body, IElement top, IReadOnlyList<IElement> roots, TextStats stats)
    {
        var first = roots[0];
        // The lead sits just before the text and close to it in the tree: within a few levels up.
        var scope = top;
        for (var i = 0; i < 4 && scope.ParentElement is { } p && !ReferenceEquals(scope, body); i++) scope = p;
        foreach (var e in scope.QuerySelectorAll("[class]"))
        {
            if (!LeadClass().IsMatch(e.ClassName ?? "")) continue;
            if (roots.Any(r => r.Contains(e) || e.Contains(r))) continue;
            if (!first.CompareDocumentPosition(e).HasFlag(DocumentPositions.Preceding)) continue;
            var c = stats[e];
            if (c.Chars is < 40 or > 1500 || c.LinkDensity > 0.3) continue;
            return e;
        }
        return null;
    }
}
