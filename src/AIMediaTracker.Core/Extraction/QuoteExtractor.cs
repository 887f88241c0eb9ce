using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Finds direct quotations and attributes them to a speaker.</summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<QuoteFact> Extract(ArticleText text, IReadOnlyList<PersonFact> people, IReadOnlyList<OrganizationFact> organizations) => [];
}
