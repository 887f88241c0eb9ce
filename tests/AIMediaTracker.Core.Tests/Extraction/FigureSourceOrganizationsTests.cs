using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>A figure's attribution and subject are written under names of the organisations or people.</summary>
public class FigureSourceOrganizationsTests
{
    private static FigureFact Figure(string? attribution, string? subject) =>
        new(FigureKind.Money, 2_300_000_000m, "EUR", false, null, null, null, new Span(0, 1), Attribution: attribution, Subject: subject);

    [Fact]
    public void A_source_the_organisations_missed_joins_them_with_its_mentions()
    {
        var text = ArticleText.From("Data centers\nDe son côté, Digital Realty confirme un engagement de 2,3 milliards d'euros. Digital Realty emploie 40 personnes.");
        var known = new OrganizationFact("Data4", "unknown", []);

        var organizations = FigureSourceOrganizations.With([known], [], [Figure("Digital Realty", "Digital Realty")], text);

        var added = Assert.Single(organizations, o => o.Name == "Digital Realty");
        Assert.Equal(2, added.Mentions.Count);
        Assert.All(added.Mentions, m => Assert.Equal("Digital Realty", text.Original[m.Start..m.End]));
    }

    [Fact]
    public void A_known_name_a_person_and_a_quoted_study_title_are_not_added()
    {
        var text = ArticleText.From("Étude\nUne étude récente, « Future Work », publiée avec l'OIT, citée par Jean Dupont.");
        var organizations = FigureSourceOrganizations.With([new OrganizationFact("OIT", "unknown", [])],
            [new PersonFact("Jean Dupont", null, null, [])],
            [Figure("Future Work", null), Figure("oit", null), Figure("Jean Dupont", null), Figure("Absent Corp", null)], text);

        Assert.Equal(["OIT"], organizations.Select(o => o.Name));
    }
}
