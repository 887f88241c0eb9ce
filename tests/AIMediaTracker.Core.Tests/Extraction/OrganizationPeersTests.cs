using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class OrganizationPeersTests
{
    private static List<string> Names(string text) =>
        OrganizationExtractor.Extract(ArticleText.From(text)).Select(o => o.Name).ToList();

    [Theory]
    [InlineData("Les actions de ses homologues Brennwerk, Duolingo et Varenzo ont baissé.", "Brennwerk", "Varenzo")]
    [InlineData("Selon la Sacem et la Vellmusik, les créateurs s'inquiètent.", "Vellmusik", null)]
    [InlineData("Deux titres du groupe, Ouest-France et Brume Matin, testent l'outil.", "Brume Matin", null)]
    public void Names_listed_with_a_known_organization_are_organizations(string sentence, string first, string? second)
    {
        var names = Names(sentence);
        Assert.Contains(first, names);
        if (second is not null) Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("Selon Google, Varenzo pourrait racheter la start-up.", "Varenzo")]
    [InlineData("Désormais, Google et OpenAI se disputent le marché.", "Désormais")]
    [InlineData("Google, Tim Cook et Varenzo étaient présents.", "Varenzo")]
    [InlineData("Les bureaux de Google à Paris et Londres ferment.", "Londres")]
    [InlineData("OpenAI et Sora ont fait parler d'eux.", "Sora")]
    public void A_list_with_a_person_a_place_a_product_or_no_closing_et_gives_no_organization(string sentence, string absent) =>
        Assert.DoesNotContain(absent, Names(sentence));

    [Fact]
    public void Peers_of_a_name_no_list_holds_are_not_taken() =>
        Assert.DoesNotContain("Musique", Names("Les thèmes proposés étaient « Parole et Musique », puis le studio Brumes Pictures et Musique."));

    [Fact]
    public void An_acronym_of_the_initials_of_an_organization_of_the_article_is_that_organization()
    {
        var names = Names("Electronic Arts a licencié 670 employés. Sony, EA et Take-Two n'échappent pas à la tendance.");
        Assert.Contains("Electronic Arts", names);
        Assert.DoesNotContain("EA", names);
    }
}
