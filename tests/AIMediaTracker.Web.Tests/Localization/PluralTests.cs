using static AIMediaTracker.Web.Tests.Support.UiCulture;
using AIMediaTracker.Web.Localization;

namespace AIMediaTracker.Web.Tests.Localization;

/// <summary>One count, two languages: French keeps the singular for 0 and 1, English only for 1.</summary>
public sealed class PluralTests
{
    [Theory]
    [InlineData("fr", 0, "0 article")]
    [InlineData("fr", 1, "1 article")]
    [InlineData("fr", 2, "2 articles")]
    [InlineData("en", 0, "0 articles")]
    [InlineData("en", 1, "1 article")]
    [InlineData("en", 2, "2 articles")]
    public void Counts_articles_in_the_reader_s_language(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => Translator.Plural(count, "{0} article", "{0} articles")));

    [Theory]
    [InlineData("fr", 1, "1 résultat")]
    [InlineData("fr", 5, "5 résultats")]
    [InlineData("en", 1, "1 result")]
    [InlineData("en", 5, "5 results")]
    [InlineData("en", 0, "0 results")]
    public void Translates_each_form(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => Translator.Plural(count, "{0} résultat", "{0} résultats")));

    [Fact]
    public void Large_counts_are_grouped_as_the_language_writes_them()
    {
        Assert.Equal("12,500 results", In("en", () => Translator.Plural(12500, "{0} résultat", "{0} résultats")));
        Assert.Equal("12\u202F500 résultats", In("fr", () => Translator.Plural(12500, "{0} résultat", "{0} résultats")));
    }
}
