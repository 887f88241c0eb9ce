using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

public sealed class UrlFinderTests
{
    [Theory]
    [InlineData("Voir https://openai.com/sora.", "https://openai.com/sora")]
    [InlineData("Sur WWW.Example.org ou ailleurs", "https://WWW.Example.org")]
    [InlineData("photo pic.twitter.com/AbC12 jointe", "https://pic.twitter.com/AbC12")]
    public void Finds_addresses_written_in_running_text(string text, string url)
    {
        Assert.Equal([url], UrlFinder.Find(text).Select(f => f.Url));
    }

    [Theory]
    [InlineData("Sora, d'OpenAI, séduit Hollywood : 204 000 emplois touchés.")]
    [InlineData("Le site openai.com sans barre ni www")]
    [InlineData("")]
    public void Finds_nothing_in_text_without_an_address(string text)
    {
        Assert.Empty(UrlFinder.Find(text));
    }

    [Fact]
    public void An_article_text_finds_its_addresses_once()
    {
        var text = ArticleText.From("Lire https://exemple.fr/a puis www.exemple.fr");
        Assert.Equal(2, text.Urls.Count);
        Assert.Same(text.Urls, text.Urls);
    }
}
