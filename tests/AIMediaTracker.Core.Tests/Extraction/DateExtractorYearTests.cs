using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>A four-digit number is a year in year contexts, never a count, an amount or part of an address.</summary>
public sealed class DateExtractorYearTests
{
    private static string[] Isos(string text) =>
        DateExtractor.Extract(ArticleText.From(text)).Select(d => d.Iso).ToArray();

    [Theory]
    [InlineData("L'entreprise a été fondée en 2011 à Pittsburgh.", "2011")]
    [InlineData("Elle travaillait depuis 2019 pour l'application.", "2019")]
    [InlineData("Le chiffre d'affaires de l'exercice 2022 a doublé.", "2022")]
    [InlineData("Le procès, engagé fin 2023, se poursuit.", "2023")]
    [InlineData("2023 a été une année record pour le doublage.", "2023")]
    [InlineData("Rupert Murdoch à New York (2023).", "2023")]
    [InlineData("Les ventes ont chuté à la mi-2024.", "2024")]
    public void Reads_bare_years(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence));

    [Theory]
    [InlineData("La perte de 204 000 emplois est évoquée.")]
    [InlineData("Environ 1 800 emplois sont menacés.")]
    [InlineData("Le groupe emploie 2000 salariés en France.")]
    [InlineData("Les 2000 traducteurs du collectif ont signé.")]
    [InlineData("Le forfait coûte 2024 euros par an.")]
    [InlineData("Environ 21% d'emplois devraient être touchés.")]
    [InlineData("OpenAI organise des réunions 2 SEMAINES après.")]
    [InlineData("Le modèle GPT-4 a été entraîné sur 1,2024 téraoctets.")]
    [InlineData("Voir https://www.lalettremedias.fr/presse/2024/05/23/accord pour le détail.")]
    [InlineData("Il a 33 ans et vit à Lyon.")]
    [InlineData("Les années 2022 ont été difficiles pour le doublage.")]
    public void Does_not_read_counts_amounts_or_addresses_as_years(string sentence) =>
        Assert.Empty(Isos(sentence));

    [Theory]
    [InlineData("Le doublage a beaucoup changé depuis les années 2000.", "2000")]
    [InlineData("Une automatisation comparable à celle des années 1970 dans l'industrie.", "1970")]
    public void A_decade_is_read_as_its_first_year(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence));

    [Fact]
    public void A_count_compared_with_a_year_is_not_a_year() =>
        Assert.Equal(["2019"], Isos("Les studios ont doublé 2 300 heures, contre 1950 en 2019."));

    [Fact]
    public void A_range_gives_both_years() =>
        Assert.Equal(["2023", "2024"], Isos("La saison 2023-2024 a été difficile."));

    [Theory]
    [InlineData("Environ 21 % d'emplois devraient être touchés d'ici 2026.", "2026")]
    [InlineData("Le WEF prévoit 170 millions d'emplois d'ici à 2030.", "2030")]
    [InlineData("Le groupe vise la neutralité à l'horizon 2030.", "2030")]
    public void Marks_horizons(string sentence, string expected)
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleText.From(sentence)));
        Assert.Equal(expected, date.Iso);
        Assert.True(date.IsHorizon);
    }

    [Fact]
    public void A_past_year_is_not_a_horizon() =>
        Assert.False(Assert.Single(DateExtractor.Extract(ArticleText.From("Fondée en 2021, la société..."))).IsHorizon);
}
