using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Dates written out in full need no publication date.</summary>
public sealed class DateExtractorAbsoluteTests
{
    private static string[] Isos(string text, DateOnly? published = null) =>
        DateExtractor.Extract(ArticleText.From(text, published)).Select(d => d.Iso).ToArray();

    [Theory]
    [InlineData("Le studio a annoncé la nouvelle le 22 mars 2024 à Los Angeles.", "2024-03-22")]
    [InlineData("La grève a commencé le 1er avril 2023.", "2023-04-01")]
    [InlineData("Le décret du 3 déc. 2023 encadre ces usages.", "2023-12-03")]
    [InlineData("Le rapport, daté du 12/01/2024, a fuité.", "2024-01-12")]
    [InlineData("Une mise à jour est parue le 2024-05-23 sur le site.", "2024-05-23")]
    [InlineData("Le lundi 5 Février 2024, les comédiens ont manifesté.", "2024-02-05")]
    public void Reads_full_dates(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence));

    [Theory]
    [InlineData("Le service a été lancé en octobre 2023 aux États-Unis.", "2023-10")]
    [InlineData("Depuis mars 2023, la formule premium s'appuie sur GPT-4.", "2023-03")]
    [InlineData("Les chiffres communiqués en juin 2023 restent d'actualité.", "2023-06")]
    public void Reads_month_and_year(string sentence, string expected) =>
        Assert.Equal([expected], Isos(sentence));

    [Fact]
    public void Ignores_an_impossible_day() =>
        Assert.Empty(Isos("Le 31 février 2024 n'existe pas."));

    [Fact]
    public void Keeps_a_span_on_the_date_text()
    {
        var text = ArticleText.From("Signé le 8 janvier 2025 à Davos.");
        var date = Assert.Single(DateExtractor.Extract(text));
        Assert.Equal("8 janvier 2025", text[date.Span]);
    }

    [Fact]
    public void Day_and_month_alone_need_the_publication_date()
    {
        Assert.Empty(Isos("L'accord a été signé le 15 mai."));
        Assert.Equal(["2024-05-15"], Isos("L'accord a été signé le 15 mai.", new DateOnly(2024, 5, 23)));
    }

    [Fact]
    public void A_day_in_december_read_in_january_is_last_year() =>
        Assert.Equal(["2023-12-15"], Isos("La plainte a été déposée le 15 décembre.", new DateOnly(2024, 1, 10)));
}
