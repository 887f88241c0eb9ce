using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class LinkExtractorTests
{
    private static string[] Urls(string text, params string[] bodyLinks) =>
        LinkExtractor.Extract(ArticleText.From(text), bodyLinks).Select(l => l.Url).ToArray();

    [Fact]
    public void Reads_addresses_in_text_and_makes_short_links_absolute() =>
        Assert.Equal(["https://t.co/qbewb5gxoO", "https://pic.twitter.com/KSgQJdeujp"],
            Urls("Incroyable ! https://t.co/qbewb5gxoO pic.twitter.com/KSgQJdeujp"));

    [Theory]
    [InlineData("Lire le rapport (https://example.org/rapport).", "https://example.org/rapport")]
    [InlineData("Le texte est en ligne : https://example.org/a?b=1, selon le syndicat.", "https://example.org/a?b=1")]
    [InlineData("Voir « https://example.org/tribune ».", "https://example.org/tribune")]
    [InlineData("L'article https://fr.wikipedia.org/wiki/Sora_(modèle) détaille tout.", "https://fr.wikipedia.org/wiki/Sora_(modèle)")]
    [InlineData("Le travail humain.... https://t.co/L1HywmuvjI", "https://t.co/L1HywmuvjI")]
    public void Strips_sentence_punctuation(string text, string expected) =>
        Assert.Equal([expected], Urls(text));

    [Fact]
    public void Merges_body_links_without_duplicates_in_order() =>
        Assert.Equal(["https://t.co/abc", "https://elevenlabs.io", "https://animationguild.org/"],
            Urls("Voir https://t.co/abc.", "http://t.co/abc", "https://elevenlabs.io", "https://animationguild.org/", "https://elevenlabs.io/"));

    [Fact]
    public void Ignores_relative_and_non_web_links() =>
        Assert.Empty(Urls("Aucune adresse ici.", "/cookies/", "#", "mailto:redaction@example.org"));

    [Fact]
    public void Keeps_the_span_of_a_link_in_text()
    {
        var text = ArticleText.From("Source : https://example.org/x.");
        var link = Assert.Single(LinkExtractor.Extract(text, []));
        Assert.Equal("https://example.org/x", text[link.Span!.Value]);
    }

    [Fact]
    public void Does_not_take_a_bare_scheme_or_an_email_for_a_link() =>
        Assert.Empty(Urls("Écrire à contact@t.co ou taper https://... dans le navigateur."));
}
