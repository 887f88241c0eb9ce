using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds impact figures: jobs, shares of jobs, workforce and money.</summary>
public static class FigureExtractor
{
    public static IReadOnlyList<FigureFact> Extract(ArticleText text) => [];
}
