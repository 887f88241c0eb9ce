using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>The whole extraction step: one article in, its facts out. Pure and deterministic.</summary>
public static class ArticleExtractor
{
    /// <summary>Bumped whenever the rules change, so stored articles get extracted again.</summary>
    public const int Version = 22;

    public static ArticleFacts Extract(ArticleDocument document) => Extract(document, out _);

    /// <summary>Also gives the text the facts' spans point into, with the publication date found.</summary>
    public static ArticleFacts Extract(ArticleDocument document, out ArticleText text)
    {
        var raw = ArticleText.From(document.FullText);
        var publishedAt = document.PublishedAt ?? PublicationDateFinder.Find(raw);
        text = raw.WithPublishedAt(publishedAt);
        var organizations = OrganizationExtractor.Extract(text);
        // People (French roles), figures (French cues) and quotes (French verbs) are read by rules that
        // only hold for French: another language keeps its names, dates and links, not them.
        var french = LanguageDetector.IsFrench(document.Language);
        var products = ProductExtractor.Extract(text);
        var people = french ? PersonExtractor.Extract(text, organizations, products) : [];
        var quotes = french ? QuoteExtractor.Extract(text, people, organizations) : [];
        var figures = french ? FigureExtractor.Extract(text, organizations, people, quotes) : [];
        return new ArticleFacts(
            publishedAt,
            FigureSourceOrganizations.With(organizations, people, figures, text),
            people,
            products,
            figures,
            DateExtractor.Extract(text),
            quotes,
            LinkExtractor.Extract(text, document.Links));
    }
}
