using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Films, books and reports named in quotation marks or after a work's noun are neither people nor organisations.</summary>
public sealed class WorkTitlesTests
{
    private static ArticleFacts Facts(string body) => ArticleExtractor.Extract(new ArticleDocument("", body));

    [Fact]
    public void A_firm_s_name_in_quotation_marks_after_its_noun_is_no_work() =>
        Assert.Empty(WorkTitles.Find("L'entreprise suédoise « Varnolia » a supprimé 700 emplois, selon le magazine « Orvane Weekly »."));

    [Fact]
    public void A_film_in_quotation_marks_is_no_person_nor_organization()
    {
        var facts = Facts("Le studio Lionsgate, producteur de « Hunger Games » et « John Wick », a signé un partenariat.");
        Assert.Equal(["Lionsgate"], facts.Organizations.Select(o => o.Name));
        Assert.Empty(facts.People);
    }

    // What « lors de » names is an occasion: a fair, a week of talks. The body holding it, named on its own, stays one.
    [Theory]
    [InlineData("Le groupe Varnex a présenté son outil lors de Viva Orvane à Paris, devant 2 000 visiteurs.", "Viva Orvane")]
    [InlineData("Lors du Tarvel Tech Week, le patron de Varnex a vanté l'IA.", "Tarvel Tech Week")]
    public void An_occasion_after_lors_de_is_no_person_nor_organization(string body, string occasion)
    {
        var facts = Facts(body);
        Assert.Equal(["Varnex"], facts.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(facts.People, p => p.Name == occasion);
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
        Assert.Equal(title, WorkTitles.Find(text).Count == 1);

    [Fact]
    public void A_title_after_a_work_s_noun_is_no_person_nor_organization()
    {
        var facts = Facts("Le studio Hybride, basé à Montréal, a contribué à des projets tels que les séries Ahsoka, The Mandalorian, "
            + "le film Beau Is Afraid, et bien plus encore. Le studio Hybride, qui a travaillé sur la série The Mandalorian, est touché.");
        Assert.Equal(["Hybride"], facts.Organizations.Select(o => o.Name));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void A_name_after_an_unquoted_title_is_still_a_name() =>
        Assert.Equal(["Denis Villeneuve"], Facts("Le film Dune de Denis Villeneuve est sorti en salle.").People.Select(p => p.Name));

    [Fact]
    public void What_a_publisher_made_is_a_work_not_a_person()
    {
        var facts = Facts("Selon la chaîne, il s'agit de Lumen Drift, édité par Velmont Games, dont 32 comédiens ont refusé le contrat.");
        Assert.Empty(facts.People);
        Assert.Equal(["Velmont Games"], facts.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void What_an_apposition_calls_a_work_is_one() =>
        Assert.Equal(["Julie Roussel"], Facts("Il y a un an, la maison publiait Solar Girl, un roman de science-fiction de Julie Roussel.").People.Select(p => p.Name));

    [Fact]
    public void A_quotation_followed_by_its_kind_of_work_in_brackets_is_no_speech() =>
        Assert.Empty(Facts("« Mathis et la forêt des possibles » (BD jeunesse), « Lumière » (roman graphique) : plusieurs titres sont illustrés par IA.").Quotes);

    // The unquoted titles are looked for only near their noun or comma: a title of five words, the longest, is still found whole.
    [Theory]
    [InlineData("Elle a produit l'album Les Nuits De Paris Nord, sorti en mai.", "Les Nuits De Paris Nord")]
    [InlineData("Il s'agit de Grand Theft Auto Vice City, édité par Rockstar Games.", "Grand Theft Auto Vice City")]
    [InlineData("La maison publiait Le Grand Livre Des Ombres, un roman de science-fiction.", "Le Grand Livre Des Ombres")]
    [InlineData("Les séries Ahsoka, The Mandalorian et Andor ont été tournées ici.", "Ahsoka|The Mandalorian|Andor")]
    public void An_unquoted_title_is_found_whole(string text, string titles) =>
        Assert.Equal(titles.Split('|'), WorkTitles.Find(text).Select(s => text[s.Start..s.End]));

    // The search after a work's noun starts only where one of these words stands: a noun added to the pattern without its
    // start there would never be tried.
    [Fact]
    public void Every_work_noun_starts_with_an_anchor_word()
    {
        var starts = WorkTitles.WorkNounStarts.Split('|');
        foreach (var noun in WorkTitles.WorkNoun[3..^1].Split('|'))
            Assert.True(starts.Any(start => noun.StartsWith(start, StringComparison.Ordinal)), $"« {noun} » starts with no word of WorkNounStarts");
    }
}
