using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The chronology reads each kind of event along its own day index and merges them: its pages, read one
/// after the other, are every stored event once, in the screen's order, as counted here in memory.
/// </summary>
public sealed class TimelinePagingTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Pages_read_in_turn_give_every_event_once_in_order(int pageSize)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var counted = await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null && (a.Language == null || a.Language == "fr"))
            .Select(a => new { a.Id, a.PublishedAt }).ToListAsync();
        var ids = counted.Select(a => a.Id).ToHashSet();
        var dates = (await db.Dates.AsNoTracking().Select(d => new { d.Id, d.ArticleId, d.Day, d.IsHorizon }).ToListAsync())
            .Where(d => ids.Contains(d.ArticleId)).ToList();
        var expected = counted.Where(a => a.PublishedAt != null).Select(a => (Day: a.PublishedAt!.Value, Kind: 0, ArticleId: a.Id, DateId: (long?)null))
            .Concat(dates.Select(d => (d.Day, Kind: d.IsHorizon ? 2 : 1, d.ArticleId, DateId: (long?)d.Id)))
            .OrderByDescending(e => e.Day).ThenBy(e => e.Kind).ThenBy(e => e.ArticleId).ThenBy(e => e.DateId)
            .ToList();
        Assert.True(expected.Count > 2 * 7, "the seeds give more than two pages of seven events");

        var timeline = scope.ServiceProvider.GetRequiredService<TimelineQueries>();
        var read = new List<(DateOnly, int, int, long?)>();
        var first = await timeline.GetAsync(TrackerFilter.None, 1, pageSize, default);
        Assert.Equal(expected.Count, first.Total);
        for (var page = 1; page <= first.PageCount; page++)
            read.AddRange((await timeline.GetAsync(TrackerFilter.None, page, pageSize, default)).Items
                .Select(e => (e.Day, (int)e.Kind, e.ArticleId, e.DateId)));

        Assert.Equal(expected, read);
    }
}
