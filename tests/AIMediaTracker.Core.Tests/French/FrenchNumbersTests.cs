using AIMediaTracker.Core.French;

namespace AIMediaTracker.Core.Tests.French;

public sealed class FrenchNumbersTests
{
    [Theory]
    [InlineData("204 000", 204000)]
    [InlineData("1 250", 1250)]
    [InlineData("1.500", 1500)]
    [InlineData("1.500.000", 1500000)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.500,5", 1500.5)]
    [InlineData("2.5", 2.5)]
    [InlineData("19,99", 19.99)]
    [InlineData("12'000", 12000)]
    [InlineData("1'250'000", 1250000)]
    public void Reads_digits_with_french_separators(string digits, double expected)
    {
        Assert.True(FrenchNumbers.TryParseDigits(digits, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("millions", 1_000_000)]
    [InlineData("milliard", 1_000_000_000)]
    [InlineData("Md", 1_000_000_000)]
    [InlineData("M", 1_000_000)]
    [InlineData("k", 1_000)]
    [InlineData("billions", 1_000_000_000_000)]
    public void Knows_scale_words(string word, decimal expected) =>
        Assert.Equal(expected, FrenchNumbers.Scale(word));

    [Fact]
    public void A_lower_case_m_is_not_a_million() => Assert.Null(FrenchNumbers.Scale("m"));

    [Theory]
    [InlineData("deux cent mille", 200000)]
    [InlineData("quatre-vingt-dix", 90)]
    [InlineData("soixante-dix-sept", 77)]
    [InlineData("vingt et un", 21)]
    [InlineData("trois cents", 300)]
    [InlineData("mille", 1000)]
    [InlineData("quatre-vingts", 80)]
    public void Reads_spelled_numbers(string words, int expected)
    {
        Assert.True(FrenchNumbers.TryParseSpelled(words, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("la moitié", 50)]
    [InlineData("les deux tiers", 66.67)]
    [InlineData("un tiers", 33.33)]
    [InlineData("trois quarts", 75)]
    [InlineData("un cinquième", 20)]
    public void Reads_fractions_as_percentages(string phrase, double expected) =>
        Assert.Equal((decimal)expected, FrenchNumbers.FractionPercent(phrase));

    [Theory]
    [InlineData("cinquantaine", 50)]
    [InlineData("centaines", 100)]
    [InlineData("millier", 1000)]
    public void Reads_approximate_nouns(string noun, int expected) =>
        Assert.Equal(expected, FrenchNumbers.Approximation(noun));
}
