using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The dashboard's aggregates, computed in SQL, against the same figures and mentions loaded and
/// counted in memory the plain way: originals only, each distinct claim once.
/// </summary>
public sealed class DashboardQueriesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData(null)]
    [InlineData("openai")]
    public async Task The_aggregates_match_the_rows_counted_in_memory(string? org)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var view = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(new TrackerFilter(Org: org), default);

        var articleIds = (await db.Articles.Where(a => a.DuplicateOfId == null)
                .Where(a => org == null || a.Mentions.Any(m => m.Organization!.Slug == org))
                .Select(a => a.Id).ToListAsync()).ToHashSet();
        var figures = (await db.Figures.AsNoTracking().Where(f => f.Kind != "other").ToListAsync()).Where(f => articleIds.Contains(f.ArticleId)).ToList();
        var claims = figures.Select(f => (f.Kind, f.Unit, f.Value, f.Sector, f.Year)).Distinct().ToList();
        var mentions = (await db.Mentions.AsNoTracking().Include(m => m.Organization).ToListAsync()).Where(m => articleIds.Contains(m.ArticleId)).ToList();
        Assert.NotEmpty(claims);

        Assert.Equal(articleIds.Count, view.Counts.Articles);
        Assert.Equal(claims.Count, view.Counts.Claims);
        Assert.Equal(mentions.Where(m => m.OrganizationId != null).Select(m => m.OrganizationId).Distinct().Count(), view.Counts.Organizations);
        Assert.Equal(mentions.Where(m => m.PersonId != null).Select(m => m.PersonId).Distinct().Count(), view.Counts.People);

        var byYear = claims.Where(c => c.Year != null).GroupBy(c => c.Year!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString(), g.Count())).ToList();
        Assert.Equal(byYear, view.ClaimsByYear.Select(p => (p.Key, p.Count)).ToList());

        var bySector = claims.Where(c => DashboardQueries.JobKinds.Contains(c.Kind) && c.Unit is "jobs" or "people")
            .GroupBy(c => (Sector: c.Sector ?? "", c.Kind))
            .Select(g => (g.Key.Sector, g.Key.Kind, g.Sum(c => c.Value), g.Count()))
            .OrderBy(s => s.Sector, StringComparer.Ordinal).ThenBy(s => s.Kind, StringComparer.Ordinal).ToList();
        Assert.Equal(bySector, view.JobsBySector.Select(s => (s.Sector, s.Kind, s.Total, s.Claims))
            .OrderBy(s => s.Sector, StringComparer.Ordinal).ThenBy(s => s.Kind, StringComparer.Ordinal).ToList());

        var topOrgs = mentions.Where(m => m.Organization != null).GroupBy(m => m.Organization!.Slug)
            .ToDictionary(g => g.Key, g => g.Select(m => m.ArticleId).Distinct().Count());
        Assert.All(view.TopOrganizations, o => Assert.Equal(topOrgs[o.Key], o.Count));
        Assert.Equal(topOrgs.Values.OrderDescending().Take(view.TopOrganizations.Count), view.TopOrganizations.Select(o => o.Count));

        var citations = figures.GroupBy(f => (f.Kind, f.Unit, f.Value, f.Sector, f.Year)).ToDictionary(g => g.Key, g => g.Select(f => f.ArticleId).Distinct().Count());
        Assert.All(view.Claims, c => Assert.Equal(citations[(c.Kind, c.Unit, c.Value, c.Sector, c.Year)], c.Citations));
    }
}
