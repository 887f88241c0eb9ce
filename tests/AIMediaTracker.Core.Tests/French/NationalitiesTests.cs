using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.French;

/// <summary>One list of nationalities (Data/nationalities.txt) serves counts of people, organisation cues and regions.</summary>
public sealed class NationalitiesTests
{
    [Theory]
    [InlineData("canadienne")]
    [InlineData("allemande")]
    [InlineData("belge")]
    public void Feminine_forms_come_from_the_masculine(string form) => Assert.Contains(form, Nationalities.Forms);

    [Fact]
    public void A_word_ending_in_e_gets_no_second_e() => Assert.DoesNotContain("belgee", Nationalities.Forms);

    [Fact]
    public void A_count_of_a_nationality_is_people_when_something_happens_to_them()
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From("L'usine a licencié 1 200 Néerlandais.")));
        Assert.Equal("people", figure.Unit);
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
    }

    [Theory]
    [InlineData("Le rachat par le québécois Lumen Nova est confirmé.", "Lumen Nova")]
    [InlineData("La britannique Papercup ferme ses portes.", "Papercup")]
    public void A_nationality_before_a_name_introduces_an_organisation(string text, string name) =>
        Assert.Contains(OrganizationCues.Find(text), f => text[f.Span.Start..f.Span.End] == name);

    [Theory]
    [InlineData("Près de 300 000 emplois américains pourraient être supprimés.", "États-Unis")]
    [InlineData("Près de 300 000 emplois allemands pourraient être supprimés.", null)]
    public void Only_a_nationality_marked_with_a_country_gives_a_region(string sentence, string? region)
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From(sentence)));
        Assert.Equal(region, figure.Region);
    }
}
