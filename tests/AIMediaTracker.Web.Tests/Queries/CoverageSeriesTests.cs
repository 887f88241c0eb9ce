using System.Globalization;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The coverage series and « most named » lists, computed in the database (SQLite or PostgreSQL), equal
/// the same counts made in memory from the stored mentions; the periods are dates, which the pages name
/// in the reader's language.
/// </summary>
public sealed class CoverageSeriesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private sealed record Row(int ArticleId, string? Org, string? OrgName, string? Person, string? PersonName, string? Product, string? ProductName);

    private async Task<(List<Row> Mentions, List<(int Id, DateOnly? Day)> Articles)> StoredAsync(TrackerDbContext db)
    {
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.Article!.DuplicateOfId == null && (m.Article.Language == null || m.Article.Language == "fr"))
            .Select(m => new Row(m.ArticleId, m.Organization!.Slug, m.Organization.Name, m.Person!.Slug, m.Person.Name, m.Product!.Slug, m.Product.Name))
            .ToListAsync();
        var articles = (await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null && (a.Language == null || a.Language == "fr"))
            .Select(a => new { a.Id, a.PublishedAt }).ToListAsync()).Select(a => (a.Id, a.PublishedAt)).ToList();
        return (mentions, articles);
    }

    private static List<Named> Top(IEnumerable<(int ArticleId, string Slug, string Name)> mentions, int take) =>
        mentions.GroupBy(m => (m.Slug, m.Name)).Select(g => new Named(g.Key.Slug, g.Key.Name, g.Select(m => m.ArticleId).Distinct().Count()))
            .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal).Take(take).ToList();

    [Fact]
    public async Task Most_named_lists_count_distinct_articles_as_counted_in_memory()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var (mentions, _) = await StoredAsync(db);
        var view = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(TrackerFilter.None, default);
        var expected = Top(mentions.Where(m => m.Org is not null).Select(m => (m.ArticleId, m.Org!, m.OrgName!)), 10);
        Assert.Equal(expected.Select(n => (n.Slug, n.Count)), view.TopOrganizations.Select(p => (p.Key, p.Count)));

        var openai = (await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().BySlugAsync("openai", default))!;
        var itsArticles = mentions.Where(m => m.Org == "openai").Select(m => m.ArticleId).ToHashSet();
        var around = mentions.Where(m => itsArticles.Contains(m.ArticleId)).ToList();
        Assert.NotEmpty(openai.People);
        Assert.Equal(Top(around.Where(m => m.Person is not null).Select(m => (m.ArticleId, m.Person!, m.PersonName!)), 30).Select(n => (n.Slug, n.Count)),
            openai.People.Select(n => (n.Slug, n.Count)));
        Assert.Equal(Top(around.Where(m => m.Product is not null).Select(m => (m.ArticleId, m.Product!, m.ProductName!)), 30).Select(n => (n.Slug, n.Count)),
            openai.Products.Select(n => (n.Slug, n.Count)));
    }

    [Fact]
    public async Task Weeks_start_on_monday_months_on_the_first_and_count_every_dated_article()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var (mentions, articles) = await StoredAsync(db);
        var view = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(TrackerFilter.None, default);
        var dated = articles.Where(a => a.Day is not null).ToList();
        Assert.All(view.WeeklyCoverage, w => Assert.Equal(DayOfWeek.Monday, w.Start.DayOfWeek));
        Assert.Equal(dated.Count, view.WeeklyCoverage.Sum(w => w.Count));
        Assert.Equal(view.WeeklyCoverage.Select(w => w.Start).Order(), view.WeeklyCoverage.Select(w => w.Start));

        var openai = (await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().BySlugAsync("openai", default))!;
        var itsArticles = mentions.Where(m => m.Org == "openai").Select(m => m.ArticleId).ToHashSet();
        var expected = dated.Where(a => itsArticles.Contains(a.Id)).GroupBy(a => new DateOnly(a.Day!.Value.Year, a.Day.Value.Month, 1))
            .OrderBy(g => g.Key).Select(g => new DatedCount(g.Key, g.Count()));
        Assert.Equal(expected, openai.MentionsByMonth);
    }

    [Fact]
    public async Task Chart_periods_are_named_in_the_readers_language()
    {
        using var scope = app.Factory.Services.CreateScope();
        var month = (await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().BySlugAsync("openai", default))!.MentionsByMonth[0].Start;
        var week = (await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(TrackerFilter.None, default)).WeeklyCoverage[0].Start;
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var english = CultureInfo.GetCultureInfo("en-GB");

        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var frenchOrg = await client.GetStringAsync("/organisations/openai");
        var frenchDashboard = await client.GetStringAsync("/");
        await client.GetAsync("/langue/en");
        var englishOrg = await client.GetStringAsync("/organisations/openai");
        var englishDashboard = await client.GetStringAsync("/");

        Assert.Contains($">{month.ToString("MMM yyyy", french)}<", frenchOrg);
        Assert.Contains($">{month.ToString("MMM yyyy", english)}<", englishOrg);
        Assert.DoesNotContain($">{month.ToString("MMM yyyy", french)}<", englishOrg);
        Assert.Contains($">{week.ToString("d MMM yyyy", french)}<", frenchDashboard);
        Assert.Contains($">{week.ToString("d MMM yyyy", english)}<", englishDashboard);
        Assert.DoesNotContain($">{week.ToString("d MMM yyyy", french)}<", englishDashboard);
    }

    [Theory]
    [InlineData("fr-FR", "janv. 2024", "4 mars 2024")]
    [InlineData("en", "Jan 2024", "4 Mar 2024")]
    public void Months_and_weeks_read_as_written_in_each_language(string culture, string month, string week)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(month, Format.ShortMonth(new DateOnly(2024, 1, 1)));
            Assert.Equal(week, Format.ShortDate(new DateOnly(2024, 3, 4)));
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
