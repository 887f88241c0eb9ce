using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>A period given by its year covers the whole year; by its month, the whole month.</summary>
public sealed class TrackerFilterTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("2024-02-10", "2024-02-01", "2024-02-29")]
    public void A_period_runs_from_its_first_day_to_its_last(string period, string first, string last)
    {
        var filter = new TrackerFilter(From: period, To: period);

        Assert.Equal(DateOnly.Parse(first), filter.FromDay);
        Assert.Equal(DateOnly.Parse(last), filter.ToDay);
    }

    [Theory]
    [InlineData("hier")]
    [InlineData("2024-13")]
    [InlineData("")]
    public void A_period_that_does_not_parse_filters_nothing(string period)
    {
        var filter = new TrackerFilter(From: period, To: period);

        Assert.Null(filter.FromDay);
        Assert.Null(filter.ToDay);
    }
}
