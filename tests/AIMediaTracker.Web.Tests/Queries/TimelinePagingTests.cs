using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The chronology reads each kind of event along its own day index and merges them: its pages, read one
/// after the other, are every stored event once, in the screen's order, as counted here in memory. Under
/// each kind of filter, since a filter that keeps nearly every article reads and counts its facts another
/// way (checked per fact, counted as all less those left out) than one that keeps few (looked up by article).
/// </summary>
public sealed class TimelinePagingTests : IClassFixture<TimelinePagingTests.AppWithLeftOutArticles>
{
    /// <summary>The seeds, one article marked English and one a near-duplicate, so that some facts are left out.</summary>
    public sealed class AppWithLeftOutArticles : IDisposable
    {
        public TrackerFactory Factory { get; } = new();

        public AppWithLeftOutArticles()
        {
            _ = Factory.Server;
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var withDates = db.Dates.Select(d => d.ArticleId).Distinct().OrderBy(id => id).Take(3).ToList();
            if (withDates.Count < 3) throw new InvalidOperationException("The seeds date facts in at least three articles.");
            db.Articles.Where(a => a.Id == withDates[0]).ExecuteUpdate(s => s.SetProperty(a => a.Language, "en"));
            db.Articles.Where(a => a.Id == withDates[1]).ExecuteUpdate(s => s.SetProperty(a => a.DuplicateOfId, withDates[2]));
        }

        public void Dispose() => Factory.Dispose();
    }

    private readonly AppWithLeftOutArticles app;

    public TimelinePagingTests(AppWithLeftOutArticles app) => this.app = app;

    public static TheoryData<string?, string?, string?, string?, int> Filters() => new()
    {
        { null, null, null, null, 7 },
        { null, null, null, null, 50 },
        { null, null, null, TrackerFilter.AllLanguages, 7 },
        { null, null, null, "en", 2 },
        { "openai", null, null, null, 7 },
        { null, "2020-01", "2026-12", null, 7 },
        { "openai", "2020-01", "2026-12", TrackerFilter.AllLanguages, 5 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Pages_read_in_turn_give_every_event_once_in_order(string? org, string? from, string? to, string? lang, int pageSize)
    {
        var filter = new TrackerFilter(Org: org, From: from, To: to, Lang: lang);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var expected = await ExpectedAsync(db, filter);
        // More than one page, except at fifty events a page.
        Assert.True(expected.Count > Math.Min(pageSize, 7), $"the seeds give several pages of events under {filter}");

        var timeline = scope.ServiceProvider.GetRequiredService<TimelineQueries>();
        var read = new List<(DateOnly, int, int, long?)>();
        var first = await timeline.GetAsync(filter, 1, pageSize, default);
        Assert.Equal(expected.Count, first.Total);
        for (var page = 1; page <= first.PageCount; page++)
            read.AddRange((await timeline.GetAsync(filter, page, pageSize, default)).Items
                .Select(e => (e.Day, (int)e.Kind, e.ArticleId, e.DateId)));

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task Facts_of_articles_left_out_are_neither_shown_nor_counted()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var timeline = scope.ServiceProvider.GetRequiredService<TimelineQueries>();
        var french = await timeline.GetAsync(TrackerFilter.None, 1, 10_000, default);
        var every = await timeline.GetAsync(new TrackerFilter(Lang: TrackerFilter.AllLanguages), 1, 10_000, default);
        var leftOut = await db.Articles.Where(a => a.Language == "en" || a.DuplicateOfId != null).Select(a => a.Id).ToListAsync();
        var leftOutFacts = await db.Dates.CountAsync(d => leftOut.Contains(d.ArticleId));

        Assert.True(leftOutFacts > 0);
        Assert.DoesNotContain(french.Items, e => leftOut.Contains(e.ArticleId));
        // The English article comes back with every language; the near-duplicate never does.
        var duplicate = await db.Articles.Where(a => a.DuplicateOfId != null).Select(a => a.Id).SingleAsync();
        Assert.Contains(every.Items, e => leftOut.Contains(e.ArticleId));
        Assert.DoesNotContain(every.Items, e => e.ArticleId == duplicate);
        Assert.Equal(french.Items.Count, french.Total);
    }

    /// <summary>The events of a filter, counted and ordered here from every article, date and mention.</summary>
    private static async Task<List<(DateOnly Day, int Kind, int ArticleId, long? DateId)>> ExpectedAsync(TrackerDbContext db, TrackerFilter filter)
    {
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.DuplicateOfId, a.Language, a.PublishedAt }).ToListAsync();
        var mentioning = filter.Org is null ? null
            : (await db.Mentions.AsNoTracking().Where(m => m.Organization!.Slug == filter.Org).Select(m => m.ArticleId).ToListAsync()).ToHashSet();
        var kept = articles.Where(a => a.DuplicateOfId == null
                && (filter.Lang is null ? a.Language is null or "fr" : filter.Lang == TrackerFilter.AllLanguages || a.Language == filter.Lang)
                && (mentioning is null || mentioning.Contains(a.Id)))
            .ToList();
        var ids = kept.Select(a => a.Id).ToHashSet();
        bool InPeriod(DateOnly day) => (filter.FromDay is not { } f || day >= f) && (filter.ToDay is not { } t || day <= t);
        var dates = (await db.Dates.AsNoTracking().Select(d => new { d.Id, d.ArticleId, d.Day, d.IsHorizon }).ToListAsync())
            .Where(d => ids.Contains(d.ArticleId) && InPeriod(d.Day)).ToList();
        return kept.Where(a => a.PublishedAt is { } day && InPeriod(day)).Select(a => (Day: a.PublishedAt!.Value, Kind: 0, ArticleId: a.Id, DateId: (long?)null))
            .Concat(dates.Select(d => (d.Day, Kind: d.IsHorizon ? 2 : 1, d.ArticleId, DateId: (long?)d.Id)))
            .OrderByDescending(e => e.Day).ThenBy(e => e.Kind).ThenBy(e => e.ArticleId).ThenBy(e => e.DateId)
            .ToList();
    }
}
