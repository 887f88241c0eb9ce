using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class PublicationDateFinderTests
{
    private static DateOnly? Find(string text) => PublicationDateFinder.Find(ArticleText.From(text));

    [Theory]
    [InlineData("Titre\nPublié le 12 janvier 2024 à 09h10\n\nCorps de l'article.", "2024-01-12")]
    [InlineData("Titre\n_Publié le 23 janvier 2024_\nCorps.", "2024-01-23")]
    [InlineData("Titre\n9 janvier 2025\n\nLe Forum a publié mercredi son rapport.", "2025-01-09")]
    [InlineData("Titre\nPar Hélène Castagnet · 23/05/2024\nCorps.", "2024-05-23")]
    [InlineData("Titre\nFlorian Aubertin · 12 juin 2025 · 4 min de lecture\nCorps.", "2025-06-12")]
    [InlineData("Titre\nParis, le 3 mars 2024\nCorps.", "2024-03-03")]
    [InlineData("Titre\nMis à jour le 13/01/2024 à 10:32\nPublié le 12/01/2024 à 08:00\nCorps.", "2024-01-12")]
    [InlineData("Titre\n12 janvier 2024 à 9h00 - Mis à jour le 13 janvier 2024 à 10h00\nCorps.", "2024-01-12")]
    public void Reads_the_stamp_an_article_gives_itself(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Find(text));

    [Theory]
    [InlineData("Titre\nMontréal, le 14 février 2025 — Le diffuseur a annoncé jeudi l'abolition de 1 200 postes, soit près de 9 % de ses effectifs, dans le cadre d'une restructuration.", "2025-02-14")]
    [InlineData("Titre\nPARIS, 14 février 2025 (AFP) - Le groupe a annoncé des suppressions dans ses équipes de traduction, qui comptent plusieurs centaines de personnes.", "2025-02-14")]
    public void Reads_a_dateline_opening_the_first_paragraph(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Find(text));

    [Fact]
    public void A_dated_clause_before_a_dash_in_a_sentence_is_no_dateline() =>
        Assert.Null(Find("Titre\nLe groupe a tout annoncé le 14 février 2025 devant la presse — une surprise pour les syndicats, qui attendaient un plan plus modeste."));

    [Fact]
    public void Falls_back_on_the_update_stamp() =>
        Assert.Equal(new DateOnly(2024, 1, 13), Find("Titre\nCorps de l'article.\nMis à jour le 13 janvier 2024"));

    [Theory]
    [InlineData("Titre\nLe studio a annoncé la nouvelle le 22 mars 2024 lors d'une conférence de presse à Los Angeles, devant des centaines de journalistes.")]
    [InlineData("Titre\nIncroyable ! https://t.co/abc\n- Reid Southen (@Rahll) 22 mars 2024")]
    [InlineData("Titre\nEn 2023, les ventes ont doublé.")]
    [InlineData("Le 22 mars 2024, le monde a changé\nCorps.")]
    public void Finds_nothing_in_running_text_tweets_or_the_title(string text) =>
        Assert.Null(Find(text));

    [Fact]
    public void The_stamp_is_not_a_date_of_the_article()
    {
        var text = ArticleText.From("Titre\nPublié le 12 janvier 2024 à 09h10\nFondée en 2011, l'entreprise...", new DateOnly(2024, 1, 12));
        Assert.Equal(["2011"], DateExtractor.Extract(text).Select(d => d.Iso));
    }
}
