using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var article = ArticleText.From(text);
        return article.Sentences.Select(s => article[s]).ToArray();
    }

    [Fact]
    public void Keeps_titles_of_address_inside_the_sentence()
    {
        Assert.Equal(["M. Perry s'est dit étonné.", "Mme Murati n'a rien dit."],
            Sentences("M. Perry s'est dit étonné. Mme Murati n'a rien dit."));
    }

    [Fact]
    public void Does_not_split_on_decimals_urls_or_initials()
    {
        Assert.Single(Sentences("Selon J. R. Martin, 1,5 million de postes sont visés (voir https://t.co/abc.def)."));
    }

    [Fact]
    public void Line_breaks_end_sentences()
    {
        Assert.Equal(["Titre", "Premier paragraphe."], Sentences("Titre\nPremier paragraphe."));
    }

    [Fact]
    public void Splits_after_a_closing_quote()
    {
        Assert.Equal(2, Sentences("Il a dit : « C'est fini. » Puis il est parti.").Length);
    }
}
