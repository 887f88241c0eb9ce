namespace AIMediaTracker.Core.Model;

/// <summary>
/// An article as the content step hands it to extraction: metadata plus main text.
/// Extraction reads <see cref="FullText"/> (title line, then body), and every offset it
/// reports points into that string, which is what the store keeps and screens show.
/// </summary>
public sealed record ArticleDocument(
    string Title,
    string Body,
    string? Author = null,
    DateOnly? PublishedAt = null,
    string? Language = null,
    string? CanonicalUrl = null,
    IReadOnlyList<string>? BodyLinks = null)
{
    public IReadOnlyList<string> Links => BodyLinks ?? [];

    public string FullText => Title.Length == 0 ? Body : Body.Length == 0 ? Title : Title + "\n" + Body;
}
