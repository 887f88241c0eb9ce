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

    [Fact]
    public void Keeps_the_closing_guillemet_with_its_sentence()
    {
        Assert.Equal(["Il a dit : « C'est fini. »", "Puis il est parti."],
            Sentences("Il a dit : « C'est fini. » Puis il est parti."));
    }

    [Fact]
    public void Does_not_split_inside_a_quotation_before_its_incise()
    {
        Assert.Single(Sentences("« Pourquoi maintenant ? » demande-t-elle."));
    }

    [Theory]
    [InlineData("Me Sarrazin plaide. Dr Martin répond.", 2)]
    [InlineData("La société Dupont S.A. Elle emploie 200 personnes.", 1)]
    [InlineData("Le taux atteint 1.5 point. Il baisse.", 2)]
    [InlineData("Voir @Rahll. Il a répondu.", 2)]
    [InlineData("C'est époustouflant... Mais inquiétant.", 2)]
    [InlineData("Le travail humain.... https://t.co/L1HywmuvjI", 1)]
    [InlineData("Pourquoi OpenAI s'adresse-t-elle à Hollywood ? En tant qu'actrice, cela me trouble.", 2)]
    [InlineData("Apple, Google, etc. Les géants dominent.", 2)]
    public void Counts_sentences(string text, int expected)
    {
        Assert.Equal(expected, Sentences(text).Length);
    }
}
