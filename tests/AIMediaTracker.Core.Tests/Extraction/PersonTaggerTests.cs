using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>People the tagger adds, and the lone capitalised words it must not turn into people.</summary>
public sealed class PersonTaggerTests
{
    private static List<string> People(string text)
    {
        var article = ArticleText.From(text);
        return PersonExtractor.Extract(article, OrganizationExtractor.Extract(article), ProductExtractor.Extract(article)).Select(p => p.Name).ToList();
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

    [Theory]
    [InlineData("Le site a remporté le prix George-Polk et le prix Albert-Londres en 2021.")]
    [InlineData("Les élèves du lycée Victor-Hugo manifestent.")]
    public void A_name_given_to_a_prize_or_a_street_is_no_person(string sentence) =>
        Assert.Empty(People(sentence));

    [Fact]
    public void A_hyphenated_surname_after_a_title_is_still_a_person() =>
        Assert.Contains("Benoit-Lévy", People("M. Benoit-Lévy a présenté son film au public."));

    [Theory]
    [InlineData("S'ajoute une affaire plus déroutante : Crimson Tide, groupe « vérifié » sur Spotify, a atteint un million d'auditeurs.", "Crimson Tide")]
    [InlineData("S'ajoute une affaire plus déroutante : Sunset Drive, une start-up « vérifiée », a levé un million.", "Sunset Drive")]
    public void A_name_with_a_company_apposition_is_no_person(string sentence, string name) =>
        Assert.DoesNotContain(name, People(sentence));

    [Fact]
    public void A_person_with_a_role_apposition_stays_a_person() =>
        Assert.Contains("Anthony Belmont", People("Anthony Belmont, directeur de la banque, affirme le contraire."));

    [Theory]
    [InlineData("La foule attendait Poincaré devant la gare. Poincaré salua les soldats avant de repartir.", "Poincaré")]
    [InlineData("On applaudit longuement Clemenceau à la Chambre. Le discours de Clemenceau fut publié le lendemain.", "Clemenceau")]
    public void A_surname_alone_the_article_names_again_is_a_person(string text, string expected) =>
        Assert.Contains(expected, People(text));

    [Theory]
    [InlineData("Les robots ont pris l'antenne sur Couleur 3. Couleur 3 reprendra ses émissions demain.")]
    [InlineData("Le sommet Choose France a réuni des investisseurs. Choose France revient en mai.")]
    public void A_word_the_tagger_cut_from_a_longer_name_is_no_person_even_named_again(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Le groupe a lancé une plateforme baptisée Marcel. Marcel met en relation les salariés.")]
    [InlineData("Un assistant nommé Jaspar apporte des touches d'humour, et Jaspar répond aux joueurs.")]
    public void A_thing_given_a_name_is_no_person_even_named_again(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Tout commence avec le projet appelé Maxime Vautrin. Le projet Maxime Vautrin doit être déployé partout.")]
    [InlineData("Dans le jeu, un personnage nommé Clive Ardanne affronte ses ennemis.")]
    public void A_thing_given_a_full_name_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_name_after_a_thing_s_noun_is_no_person() =>
        Assert.DoesNotContain("Ateko", People("Unifor attend de Bell Canada de la transparence quant à sa nouvelle marque de services infonuagiques, Ateko, sur les travailleurs.\n\n"
            + "Unifor attend de Bell qu'elle fasse des changements importants, comme la nouvelle marque Ateko. Mais en annonçant l'arrivée d'Ateko, Bell semble déterminée à réduire ses effectifs."));

    [Fact]
    public void A_word_listed_between_towns_is_a_town() =>
        Assert.Empty(People("Des piquets de grève à Montpellier, Alès ou Perpignan. La mobilisation a touché plusieurs sites comme Alès, Perpignan ou Montpellier."));

    [Theory]
    [InlineData("Notamment le Bloc Varnésien, qui condamne. Le Bloc Varnésien a dénoncé la mesure.")]
    [InlineData("Le Bloc Québécois a également dénoncé cette décision. Les Québécois ont voté.")]
    public void An_article_and_two_capitalised_words_without_a_given_name_name_no_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void Capitalised_titles_are_no_name()
    {
        var people = People("Lors du congrès, Serge VARNIER, Secrétaire Général Adjoint de la Fédération, a pris la parole.");
        Assert.Equal(["Serge VARNIER"], people);
    }

    [Fact]
    public void A_particle_after_a_title_belongs_to_the_surname() =>
        Assert.Contains("de Lasteyrie", People("M. de Lasteyrie a pris la parole à la Chambre."));
}

