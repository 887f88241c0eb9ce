using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds dates, resolving relative ones against the publication date.</summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateFact> Extract(ArticleText text) => [];
}
