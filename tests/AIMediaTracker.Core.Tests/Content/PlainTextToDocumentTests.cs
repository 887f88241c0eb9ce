using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public class PlainTextToDocumentTests
{
    [Fact]
    public void The_first_line_is_the_title_and_the_rest_the_body()
    {
        var doc = PlainTextToDocument.Convert("\n4 traducteurs sur 10 perdent leur travail. Ils veulent une rémunération\n\nLe syndicat a publié son enquête jeudi.\n");

        Assert.Equal("4 traducteurs sur 10 perdent leur travail. Ils veulent une rémunération", doc.Title);
        Assert.Equal("Le syndicat a publié son enquête jeudi.", doc.Body);
    }

    [Fact]
    public void A_dispatch_of_one_paragraph_is_a_body_without_title()
    {
        const string dispatch = "Le groupe canadien Norvana a annoncé mardi 25 novembre prévoir la suppression de 1 200 à 1 500 postes "
            + "d'ici fin 2027, du fait de la mise en place d'un plan d'adoption de l'intelligence artificielle dans ses centres d'appels.";

        var doc = PlainTextToDocument.Convert(dispatch + "\n");

        Assert.Equal("", doc.Title);
        Assert.Equal(dispatch, doc.Body);
    }

    [Fact]
    public void A_long_headline_without_a_full_stop_stays_the_title()
    {
        const string headline = "Le quotidien régional Le Courrier du Sud, propriété d'un groupe de presse lyonnais, lance une édition "
            + "audio générée avec de l'intelligence artificielle et passe en janvier au format tabloïd, avec une nouvelle maquette";

        var doc = PlainTextToDocument.Convert(headline + "\nLe texte.");

        Assert.Equal(headline, doc.Title);
        Assert.Equal("Le texte.", doc.Body);
    }
}
