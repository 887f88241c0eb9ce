using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Films, books and reports named in quotation marks are neither people nor organisations.</summary>
public sealed class QuotedTitlesTests
{
    private static ArticleFacts Facts(string body) => ArticleExtractor.Extract(new ArticleDocument("", body));

    [Fact]
    public void A_film_in_quotation_marks_is_no_person_nor_organization()
    {
        var facts = Facts("Le studio Lionsgate, producteur de « Hunger Games » et « John Wick », a signé un partenariat.");
        Assert.Equal(["Lionsgate"], facts.Organizations.Select(o => o.Name));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void A_quotation_of_speech_holding_a_name_keeps_the_name()
    {
        var facts = Facts("« Marion Lefèvre a raison, il faut protéger les comédiens », a déclaré le délégué.");
        Assert.Contains("Marion Lefèvre", facts.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("« Hunger Games »", true)]
    [InlineData("« Journal of Political Economy »", true)]
    [InlineData("« une décision brutale »", false)]
    [InlineData("« Nous devons adapter notre modèle »", false)]
    public void A_title_is_a_few_capitalised_words(string text, bool title) =>
        Assert.Equal(title, QuotedTitles.Find(text).Count == 1);
}
