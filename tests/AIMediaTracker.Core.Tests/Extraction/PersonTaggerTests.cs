using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>People the tagger adds, and the lone capitalised words it must not turn into people.</summary>
public sealed class PersonTaggerTests
{
    private static List<string> People(string text)
    {
        var article = ArticleText.From(text);
        return PersonExtractor.Extract(article, OrganizationExtractor.Extract(article)).Select(p => p.Name).ToList();
    }

    [Theory]
    [InlineData("Le directeur général de Dropbox, Drew Houston, annonce 500 suppressions de postes.", "Drew Houston")]
    [InlineData("Le service est plus rapide, explique le gestionnaire de projet Spyridon Pilos.", "Spyridon Pilos")]
    public void Finds_people_no_list_knows(string sentence, string expected) =>
        Assert.Contains(expected, People(sentence));

    [Theory]
    [InlineData("Pour faire simple, Match démarche les candidats par SMS.")]
    [InlineData("Le jeu Valorant a été développé par un studio américain.")]
    [InlineData("Désormais, les rédactions testent des outils d'écriture automatique.")]
    public void A_lone_capitalised_word_is_no_person_without_a_person_context(string sentence) =>
        Assert.Empty(People(sentence));
}
