using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Two days written with one month (« le 2 et le 9 octobre ») are two dates.</summary>
public sealed class DateExtractorDayListTests
{
    private static string[] Isos(string text) =>
        DateExtractor.Extract(ArticleText.From(text)).Select(d => d.Iso).ToArray();

    [Theory]
    [InlineData("Les scénaristes ont voté le 2 et le 9 octobre 2023.")]
    [InlineData("Les votes ont eu lieu les 2 et 9 octobre 2023.")]
    public void The_first_day_takes_the_month_and_year_of_the_second(string sentence) =>
        Assert.Equal(["2023-10-02", "2023-10-09"], Isos(sentence));

    [Fact]
    public void A_count_before_a_date_is_no_day() =>
        Assert.Equal(["2023-10-09"], Isos("Il y a eu 3 et 4 réunions le 9 octobre 2023."));
}
