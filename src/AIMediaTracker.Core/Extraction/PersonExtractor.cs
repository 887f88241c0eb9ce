using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds people with their roles and handles.</summary>
public static class PersonExtractor
{
    public static IReadOnlyList<PersonFact> Extract(ArticleText text, IReadOnlyList<OrganizationFact> organizations) => [];
}
