using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

public sealed class IgnoringCaseTests
{
    [Fact]
    public void Variants_are_every_character_equal_when_case_is_ignored()
    {
        Assert.Equal(['E', 'e'], IgnoringCase.Variants('e').Order());
        Assert.Equal(['É', 'é'], IgnoringCase.Variants('é').Order());
        Assert.Equal([' '], IgnoringCase.Variants(' '));
    }

    [Theory]
    [InlineData("Deux cents emplois, un MILLION de postes et une centaine d'autres")]
    [InlineData("Près de 1,5 milliard… soit des millions de « millièmes » : ÇA MILLE fois, Cent.")]
    [InlineData("centcent millmillion")]
    [InlineData("")]
    public void FindAll_finds_what_repeated_searches_ignoring_case_find(string text)
    {
        string[] words = ["cent", "mill", "aine"];
        var expected = words
            .SelectMany(w => Occurrences(text, w))
            .Distinct().Order().ToList();
        Assert.Equal(expected, new IgnoringCase.Finder(words).FindAll(text));
    }

    [Theory]
    [InlineData("Le CINÉMA français et le cinéma belge", "cinéma")]
    [InlineData("Aux ÉTATS-UNIS comme aux États-Unis", "états-unis")]
    [InlineData("Une télévision, la Télévision", "télévision")]
    [InlineData("rien ici", "télévision")]
    [InlineData("cinéma", "cinéma")]
    [InlineData("ciném", "cinéma")]
    public void IndexOf_finds_what_the_framework_finds_ignoring_case(string text, string value)
    {
        Assert.Equal(text.IndexOf(value, StringComparison.OrdinalIgnoreCase),
            new IgnoringCase.Word(value).IndexOf(text));
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            yield return at;
    }
}
