using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

public sealed class WordAutomatonTests
{
    private static readonly (int Set, string Word, StringComparison Comparison)[] Words =
    [
        (0, "cent", StringComparison.OrdinalIgnoreCase), (0, "mill", StringComparison.OrdinalIgnoreCase),
        (0, "aine", StringComparison.OrdinalIgnoreCase), (0, "centaine", StringComparison.OrdinalIgnoreCase),
        (1, "société", StringComparison.Ordinal), (1, "Studio", StringComparison.Ordinal), (1, "Studios", StringComparison.Ordinal),
        (2, "déc", StringComparison.OrdinalIgnoreCase), (2, "dec", StringComparison.OrdinalIgnoreCase), (2, "ecole", StringComparison.Ordinal),
    ];

    [Theory]
    [InlineData("Deux cents emplois, un MILLION de postes et une centaine d'autres")]
    [InlineData("La société Norvane Studios, la SOCIÉTÉ Brumaire et le studio Cobalt")]
    [InlineData("En DÉCEMBRE, en décembre, en Decembre : l'école et l'Ecole, centcentaine millmillion")]
    [InlineData("société")]
    [InlineData("soci")]
    [InlineData("")]
    public void Finds_what_searching_each_word_on_its_own_finds(string text)
    {
        var found = new WordAutomaton(Words).Find(text);
        for (var set = 0; set < 3; set++)
        {
            var expected = Words.Where(w => w.Set == set)
                .SelectMany(w => Occurrences(text, w.Word, w.Comparison))
                .Distinct().Order().ToList();
            Assert.Equal(expected, found[set]);
        }
    }

    [Fact]
    public void Refuses_a_comparison_that_is_not_ordinal()
    {
        Assert.Throws<ArgumentException>(() => new WordAutomaton([(0, "mars", StringComparison.InvariantCultureIgnoreCase)]));
    }

    [Fact]
    public void Folds_every_character_that_ignoring_case_equates()
    {
        // The automaton walks upper-cased characters: a character OrdinalIgnoreCase takes for a
        // letter of a French word must upper-case to the same one, or its hits would be lost.
        foreach (var letter in "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœæ")
            for (var c = char.MinValue; c < char.MaxValue; c++)
                if (MemoryExtensions.Equals([c], [letter], StringComparison.OrdinalIgnoreCase))
                    Assert.True(char.ToUpperInvariant(c) == char.ToUpperInvariant(letter), $"U+{(int)c:X4} for {letter}");
    }

    private static IEnumerable<int> Occurrences(string text, string word, StringComparison comparison)
    {
        for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
            yield return at;
    }
}
