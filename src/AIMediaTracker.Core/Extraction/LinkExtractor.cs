using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds the absolute URLs an article cites, in its text and among its body links.</summary>
public static class LinkExtractor
{
    public static IReadOnlyList<LinkFact> Extract(ArticleText text, IReadOnlyList<string> bodyLinks) =>
        bodyLinks.Distinct().Select(u => new LinkFact(u, null)).ToList();
}
