using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Relative expressions resolve against the publication date, and only when it is known.</summary>
public sealed class DateExtractorRelativeTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2024, 5, 23);

    private static string[] Isos(string text, DateOnly? published) =>
        DateExtractor.Extract(ArticleText.From(text, published)).Select(d => d.Iso).ToArray();

    [Theory]
    [InlineData("Le 29/01/2025, Ubisoft fermait un studio ; le 13 février, Meta annonçait 3 600 départs.", "2025-02-13")]
    [InlineData("Le 29 novembre 2018, il a été mis en examen pour des faits commis toujours le 1er mai.", "2018-05-01")]
    public void A_day_without_its_year_takes_the_year_of_the_date_before_it_in_the_sentence(string sentence, string expected)
    {
        Assert.Equal(expected, Isos(sentence, new DateOnly(2025, 12, 1))[^1]);
        Assert.Equal(expected, Isos(sentence, null)[^1]);
    }

    [Theory]
    [InlineData("Le créateur de ChatGPT a annoncé mercredi un accord.", "2024-05-22")]
    [InlineData("Lundi, les comédiens ont manifesté devant le siège.", "2024-05-20")]
    [InlineData("Le groupe a publié jeudi ses résultats.", "2024-05-23")]
    [InlineData("Le syndicat a réagi vendredi dernier.", "2024-05-17")]
    [InlineData("Le conseil se réunira lundi pour trancher.", "2024-05-27")]
    [InlineData("La direction a confirmé hier l'information.", "2024-05-22")]
    public void Resolves_days(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence, Published));

    [Theory]
    [InlineData("Le Financial Times avait conclu un accord similaire fin avril.", "2024-04")]
    [InlineData("Le Monde a signé en mars.", "2024-03")]
    [InlineData("Axel Springer a signé en décembre dernier.", "2023-12")]
    [InlineData("Le New York Times poursuit OpenAI depuis décembre.", "2023-12")]
    [InlineData("Les contrats ont pris fin à la mi-mai.", "2024-05")]
    [InlineData("La sortie est prévue en septembre prochain.", "2024-09")]
    [InlineData("Le film sortira en septembre dans les salles.", "2024-09")]
    [InlineData("Les ventes de septembre avaient déçu les actionnaires.", "2023-09")]
    public void Resolves_months(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence, Published));

    [Fact]
    public void Reads_both_ends_of_a_span_of_months() =>
        Assert.Equal(["2024-01", "2024-03"], Isos("De janvier à mars, les commandes ont baissé.", Published));

    [Theory]
    [InlineData("Son cours a chuté l'an dernier.", "2023")]
    [InlineData("L'année dernière, la grève des scénaristes a duré cinq mois.", "2023")]
    [InlineData("Les embauches reprendront l'an prochain.", "2025")]
    [InlineData("Les ventes ont reculé le mois dernier.", "2024-04")]
    public void Resolves_years_and_months_around_publication(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence, Published));

    [Theory]
    [InlineData("Axel Springer a signé en décembre dernier.")]
    [InlineData("Le créateur de ChatGPT a annoncé mercredi un accord.")]
    [InlineData("Son cours a chuté l'an dernier.")]
    [InlineData("Duolingo a mis fin début janvier aux contrats.")]
    public void Lists_nothing_relative_without_a_publication_date(string sentence) =>
        Assert.Empty(Isos(sentence, null));

    [Theory]
    [InlineData("La semaine dernière, plusieurs traducteurs ont lancé une lettre ouverte.")]
    [InlineData("Depuis un an, on ne me demandait plus de traduire.")]
    [InlineData("Le dossier a été récemment rouvert.")]
    [InlineData("Les décisions tomberont dans les prochains mois.")]
    [InlineData("Le rapport sera discuté dans quelques jours.")]
    [InlineData("Les entreprises qui voudront, demain, exploiter leurs catalogues.")]
    [InlineData("Les métiers d'hier ne reviendront pas.")]
    public void Lists_nothing_for_vague_expressions(string sentence) =>
        Assert.Empty(Isos(sentence, Published));

    [Theory]
    [InlineData("La chanteuse Avril Lavigne a réagi sur les réseaux.")]
    [InlineData("Le rover explore Mars depuis des années.")]
    [InlineData("Le magasin est ouvert du lundi au vendredi.")]
    [InlineData("La réunion se tient tous les lundis.")]
    [InlineData("Le mois de Mai est un film de Louis Malle.")]
    public void Does_not_read_names_or_habits_as_dates(string sentence) =>
        Assert.Empty(Isos(sentence, Published));
}
