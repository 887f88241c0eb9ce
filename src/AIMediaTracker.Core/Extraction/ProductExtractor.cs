using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds AI models and products with their makers.</summary>
public static class ProductExtractor
{
    public static IReadOnlyList<ProductFact> Extract(ArticleText text) => [];
}
