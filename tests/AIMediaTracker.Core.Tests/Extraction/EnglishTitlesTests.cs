using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class EnglishTitlesTests
{
    private static List<string> Titles(string text) => EnglishTitles.Find(text).Select(s => text[s.Start..s.End]).ToList();

    [Theory]
    [InlineData("En témoigne le Journal of Mathematical Economics, qui affiche onze auteurs.", "Journal of Mathematical Economics")]
    [InlineData("Les revues Social Choice and Welfare et Management Science dominent.", "Social Choice and Welfare")]
    [InlineData("Le rapport Future of Jobs du Forum économique mondial paraît en janvier.", "Future of Jobs")]
    [InlineData("Il publie dans le European Journal of the History of Economic Thought.", "European Journal of the History")]
    public void Finds_capitalised_words_joined_by_english_link_words(string text, string title) =>
        Assert.Equal(title, Titles(text)[0]);

    [Theory]
    [InlineData("Selon Reuters, on estime que 1 000 emplois sont menacés.")]
    [InlineData("Le PDG d'OpenAI, Sam Altman, a rencontré les studios.")]
    [InlineData("Le mot « and » revient souvent dans les paroles of la chanson.")]
    public void Finds_nothing_in_french_sentences(string text) =>
        Assert.Empty(Titles(text));

    [Fact]
    public void The_words_of_an_english_title_are_no_person()
    {
        var text = ArticleText.From("Parmi les titres signés par des Français : History of Political Economy, Journal of Public Economics. "
            + "Selon l'économiste Florence Audier, ces revues restent anglo-saxonnes.");

        var people = PersonExtractor.Extract(text, OrganizationExtractor.Extract(text), ProductExtractor.Extract(text)).Select(p => p.Name).ToList();

        Assert.Equal(["Florence Audier"], people);
    }
}
