using System.Text.RegularExpressions;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>
/// Credits are searched only where one can start ("(", "©", a line's start, after "(" or "//"):
/// that must find exactly what the pattern finds searching the whole text.
/// </summary>
public sealed class PhotoCreditsTests
{
    [Theory]
    [InlineData("Le studio ferme. ( AFP / ERIC PIERMONT ) La suite.", "( AFP / ERIC PIERMONT )")]
    [InlineData("Une image (Photo AFP) de la salle.", "(Photo AFP)")]
    [InlineData("Les acteurs en grève. © Getty Images", "© Getty Images")]
    [InlineData("Le titre\nCrédit photo : Hans Lucas / AFP\nLe texte.", "Crédit photo : Hans Lucas / AFP")]
    [InlineData("Voir https://exemple.fr//Photo: Reuters", "Photo: Reuters")]
    public void Each_form_of_credit_is_found(string text, string credit)
    {
        var spans = PhotoCredits.Find(text);
        Assert.Contains(spans, s => text[s.Start..s.End] == credit);
    }

    [Fact]
    public void A_photographer_and_agency_closing_a_caption_line_are_a_credit()
    {
        const string text = "Un studio de doublage à Saint-Denis. Jean Dupont / AFP\nLe groupe a présenté son plan.";
        Assert.Contains(PhotoCredits.Find(text), s => text[s.Start..s.End] == "Jean Dupont / AFP");
        Assert.Empty(PhotoCredits.Find("Le rapport compare les salaires entre Paris / Lyon et Marseille.\nLa suite."));
    }

    [Fact]
    public void A_photo_named_inside_a_sentence_is_no_credit()
    {
        Assert.Empty(PhotoCredits.Find("Le studio a publié une photo : elle montre la salle vide."));
    }

    [Fact]
    public void The_search_finds_what_the_whole_pattern_finds()
    {
        var whole = new Regex(PhotoCredits.Pattern, RegexOptions.CultureInvariant);
        string[] pieces = ["(", ")", " ", "\n", "//", "/", " / ", "©", "AFP", "Photo", "photo", "Crédit photo", "Image", ":", " : ",
            "Reuters", "Le studio", "(Photo ", "Illustration", "x", "((", "\n\n", "PHOTO", "crédits"];
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = whole.Matches(text).Select(m => new Span(m.Index, m.Index + m.Length));
            Assert.Equal(expected, PhotoCredits.FindByPattern(text));
        }
    }
}
