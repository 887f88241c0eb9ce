using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// « Chiffres des articles qui la citent »: whether read from the most cited claims down or collected
/// from the organisation's articles, the list is the claims those articles cite, the organisation's own
/// left out, most cited first, as counted in memory from the stored rows (SQLite or PostgreSQL).
/// </summary>
public sealed class ClaimsAroundTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData(3, 1)]              // the first claim tested rarely suffices: collected from its articles
    [InlineData(3, 8)]
    [InlineData(3, ClaimQueries.AroundPrefix)]
    [InlineData(30, ClaimQueries.AroundPrefix)]
    public async Task Claims_around_an_organisation_are_its_articles_most_cited_claims_but_its_own(int take, int prefix)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var compared = 0;
        foreach (var id in await db.Organizations.Select(o => o.Id).ToListAsync())
        {
            var articles = (await db.Mentions.Where(m => m.OrganizationId == id).Select(m => m.ArticleId).ToListAsync()).ToHashSet();
            var cited = (await db.ClaimCitations.Select(c => new { c.ClaimId, c.ArticleId }).ToListAsync())
                .Where(c => articles.Contains(c.ArticleId)).Select(c => c.ClaimId).ToHashSet();
            var claims = await db.Claims.AsNoTracking().Select(c => new { c.Id, c.Citations, c.FirstFigureId, c.AttributionOrganizationId, c.SubjectOrganizationId }).ToListAsync();
            var expected = claims.Where(c => cited.Contains(c.Id) && c.AttributionOrganizationId != id && c.SubjectOrganizationId != id)
                .OrderByDescending(c => c.Citations).ThenByDescending(c => c.FirstFigureId).Take(take).Select(c => c.Id).ToList();

            var around = await scope.ServiceProvider.GetRequiredService<ClaimQueries>().MentionedAroundAsync(id, take, default, prefix);

            Assert.Equal(expected, around.Select(r => r.Id));
            if (expected.Count > 0) compared++;
        }
        Assert.True(compared >= 3, $"only {compared} organisations have claims around them in the seeds");
    }
}
