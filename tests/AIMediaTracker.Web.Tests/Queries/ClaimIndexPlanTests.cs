using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The claim indexes are partial (a claim enters only those that can find it, which saves the import
/// random writes), and SQLite uses a partial index only for a query whose WHERE visibly implies the
/// index's filter. The queries the screens run must still be answered from them. SQLite's planner is
/// the subject here, so this runs on SQLite whatever the suite's provider.
/// </summary>
public sealed class ClaimIndexPlanTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly TrackerDbContext db;

    public ClaimIndexPlanTests()
    {
        connection.Open();
        db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
    }

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }

    [Theory]
    [InlineData(DashboardQueries.JobsLost)]
    [InlineData(DashboardQueries.JobsCreated)]
    public async Task The_dashboards_reported_jobs_are_read_from_the_partial_index(string kind)
    {
        var latest = DashboardQueries.Latest(DashboardQueries.JobClaims(db.Claims, kind)).Select(c => c.Id).Take(40);
        var sums = DashboardQueries.JobClaims(db.Claims, kind).GroupBy(c => c.Grade).Select(g => new { g.Key, Jobs = g.Sum(c => c.Value) });

        var latestPlan = await PlanAsync(latest);
        Assert.Contains("INDEX IX_Claims_LatestReportedJobs", latestPlan);
        Assert.DoesNotContain("TEMP B-TREE", latestPlan);
        Assert.Contains("USING COVERING INDEX IX_Claims_ReportedJobs", await PlanAsync(sums));
    }

    [Fact]
    public async Task A_companys_claims_are_found_by_the_partial_organisation_indexes()
    {
        var claims = new ClaimQueries(db, new QueryCache()).Filtered(new TrackerFilter(Org: "openai")).Select(c => c.Id);

        var plan = await PlanAsync(claims);

        Assert.Contains("INDEX IX_Claims_AttributionOrganizationId", plan);
        Assert.Contains("INDEX IX_Claims_SubjectOrganizationId", plan);
    }

    [Fact]
    public async Task The_claims_api_reads_the_most_cited_and_last_recorded_first_from_an_index()
    {
        var page = ClaimQueries.MostCitedFirst(db.Claims).Select(c => c.Id).Take(50);

        var plan = await PlanAsync(page);

        Assert.Contains("INDEX IX_Claims_Citations_FirstFigureId", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task The_dashboards_projections_are_read_most_cited_first_from_the_partial_index()
    {
        var projections = DashboardQueries.MostCitedProjections(db.Claims).Select(c => c.Id).Take(40);

        var plan = await PlanAsync(projections);

        Assert.Contains("INDEX IX_Claims_Basis_Citations_FirstFigureId", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_sectors_claims_are_found_by_the_partial_sector_index()
    {
        var claims = new ClaimQueries(db, new QueryCache()).Filtered(new TrackerFilter(Sector: "doublage")).Select(c => c.Id);

        Assert.Contains("INDEX IX_Claims_Sector", await PlanAsync(claims));
    }

    [Fact]
    public async Task Claims_by_year_are_counted_from_the_partial_year_index()
    {
        var byYear = db.Claims.Where(c => c.Year != null).GroupBy(c => c.Year!.Value).Select(g => new { g.Key, Count = g.Count() });

        Assert.Contains("USING COVERING INDEX IX_Claims_Year", await PlanAsync(byYear));
    }

    private static async Task<string> PlanAsync<T>(IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return string.Join("\n", steps);
    }
}
