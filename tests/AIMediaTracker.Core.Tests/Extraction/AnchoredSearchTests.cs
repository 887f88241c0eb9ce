using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>
/// Patterns tried only near their anchor word must still find matches that start several
/// words before it, and after a letterless character such as an apostrophe or a parenthesis.
/// </summary>
public sealed class AnchoredSearchTests
{
    [Theory]
    [InlineData("Près d'un traducteur indépendant sur deux a perdu des contrats.", 50)]
    [InlineData("(un emploi sur cinq) pourrait disparaître.", 20)]
    public void Finds_ratios_words_before_sur(string text, double percent)
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From(text)));
        Assert.Equal("percent", figure.Unit);
        Assert.Equal((decimal)percent, figure.Value);
    }

    [Fact]
    public void Finds_fractions_after_their_article_and_numerator()
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From("Les trois quarts des postes seront supprimés.")));
        Assert.Equal("percent", figure.Unit);
        Assert.Equal(75m, figure.Value);
    }

    [Theory]
    [InlineData("Le rapport paru mercredi 8 janvier 2025 alarme.", "2025-01-08")]
    [InlineData("Le plan date de juin de l'année 2023 déjà.", "2023-06")]
    [InlineData("Le rapport paru MERCREDI 8 DÉCEMBRE 2025 alarme.", "2025-12-08")]
    public void Finds_dates_words_before_their_anchor(string text, string iso)
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleText.From(text)));
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("Elle a rejoint la jeune pousse Norvane en mars.", "Norvane")]
    [InlineData("Il travaille pour l'éditeur Brumaire depuis dix ans.", "Brumaire")]
    [InlineData("Le français Cobalt Labs recrute.", "Cobalt Labs")]
    [InlineData("Papercup, une start-up londonienne, ferme.", "Papercup")]
    public void Finds_organisations_words_before_their_cue(string text, string name)
    {
        var found = OrganizationCues.Find(text).Select(f => text[f.Span.Start..f.Span.End]);
        Assert.Contains(name, found);
    }

    [Theory]
    [InlineData("Le contrat revient à Norvane SA", "Norvane SA")]
    [InlineData("Le contrat revient au Syndicat National", "Syndicat National")]
    public void Finds_anchors_up_to_the_last_characters_of_the_text(string text, string name)
    {
        var found = OrganizationCues.Find(text).Select(f => text[f.Span.Start..f.Span.End]);
        Assert.Contains(name, found);
    }

    [Fact]
    public void Searches_of_different_kinds_share_one_pass_over_the_same_text()
    {
        // Organisation cues (case-sensitive words) and months (any case) in one article, twice:
        // the second article must not reuse the first one's anchor positions.
        foreach (var text in new[] { "La start-up Norvane, fondée en MARS 2021, recrute.", "En avril 2022, la start-up Brumaire a levé des fonds." })
        {
            var facts = ArticleExtractor.Extract(new AIMediaTracker.Core.Model.ArticleDocument("", text));
            Assert.Contains(facts.Organizations, o => o.Name is "Norvane" or "Brumaire");
            Assert.Single(facts.Dates);
        }
    }
}
