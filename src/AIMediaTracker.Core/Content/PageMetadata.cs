namespace AIMediaTracker.Core.Content;

/// <summary>What a page says about its article outside the text: headline, byline, date, address, language.</summary>
internal sealed record PageMetadata(string Title, string? Author, DateOnly? PublishedAt, string? CanonicalUrl, string? Language, string? ArticleBody);
