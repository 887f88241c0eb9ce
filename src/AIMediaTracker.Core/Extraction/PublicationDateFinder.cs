using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds the publication date an article states about itself ("Publié le 12 janvier 2024").</summary>
public static class PublicationDateFinder
{
    public static DateOnly? Find(ArticleText text) => null;
}
