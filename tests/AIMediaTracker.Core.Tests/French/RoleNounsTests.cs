using System.Text.RegularExpressions;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.French;

/// <summary>One list of trades and titles (Data/role-nouns.txt) serves the person rules and the figure rules.</summary>
public sealed class RoleNounsTests
{
    [Fact]
    public void The_compiled_titles_are_the_data_file_s() =>
        Assert.True(RoleTitles.Pattern == RoleNouns.TitlePattern,
            "Data/role-nouns.txt changed: set RoleTitles.Pattern (src/AIMediaTracker.Core/French/RoleTitles.cs) to " + RoleNouns.TitlePattern);

    [Theory]
    [InlineData("président")]
    [InlineData("president")]
    [InlineData("chef opératrice")]
    [InlineData("P.D.G")]
    public void A_title_is_read_with_or_without_its_accents(string title) =>
        Assert.Matches(new Regex("^" + RoleTitles.Pattern + "$", RegexOptions.IgnoreCase), title);

    [Fact]
    public void A_counted_trade_is_not_a_title_unless_marked_so() =>
        Assert.DoesNotMatch(new Regex("^" + RoleNouns.TitlePattern + "$", RegexOptions.IgnoreCase), "intérimaire");

    [Fact]
    public void A_title_before_a_name_is_its_role() =>
        Assert.Equal("traductrice", PersonContext.RoleBefore(ArticleText.From("Selon la traductrice Anne Dupont"), 0, "Selon la traductrice ".Length));

    [Theory]
    [InlineData("Le studio a licencié 300 traductrices.")]
    [InlineData("Le journal a licencié 40 pigistes.")]
    public void A_counted_trade_makes_a_count_of_people(string sentence)
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From(sentence)));
        Assert.Equal("people", figure.Unit);
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
    }

    [Fact]
    public void Every_counted_trade_is_a_counted_noun() =>
        Assert.All(RoleNouns.Counted.Where(f => !f.Contains(' ')), form => Assert.Equal("people", FigureNouns.Find(form)?.Unit));
}
