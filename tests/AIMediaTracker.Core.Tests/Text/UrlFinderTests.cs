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

    // The pattern is tried only where an address can start; it must find what it finds scanning the text.
    [Theory]
    [InlineData("Lire HTTPS://exemple.fr/a, http://b.fr, httpx://c.fr et Http://d.fr/x.")]
    [InlineData("www.a.fr/www.b.fr ; pic.twitter.com/AbC puis twitter.com/x et x.com/y, t.co/z, bit.ly/w, youtu.be/v.")]
    [InlineData("mywww.a.fr, ex.com/y, cat.co/z, http https:// www. (www.e.fr) «https://f.fr/g»")]
    [InlineData("Sans adresse du tout, mais avec des t, des h et des w.")]
    public void Addresses_found_at_their_starts_are_the_patterns_matches(string text)
    {
        Assert.Equal(UrlFinder.UrlPattern().Matches(text).Select(m => (m.Index, m.Length)),
            UrlFinder.Matches(text).Select(m => (m.Index, m.Length)));
    }

    [Fact]
    public void An_article_text_finds_its_addresses_once()
    {
        var text = ArticleText.From("Lire https://exemple.fr/a puis www.exemple.fr");
        Assert.Equal(2, text.Urls.Count);
        Assert.Same(text.Urls, text.Urls);
    }
}
