using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>
/// An operator grades how firmly a reported cut is tied to AI: the grade is logged once, outlives
/// re-extraction and every rebuild of the ledger, and the dashboard's counters follow it.
/// </summary>
public sealed class ClaimGradeCorrectionTests : IDisposable
{

    private readonly TestDatabase database = new();
    private readonly LedgerScenario scenario;

    public ClaimGradeCorrectionTests() => scenario = new LedgerScenario(database);

    public void Dispose() => database.Dispose();

    private static ClaimCorrections Corrections(TrackerDbContext db) => new(db, TimeProvider.System);

    private async Task<long> CutClaimAsync()
    {
        await scenario.StoreCutAsync();
        using var db = database.NewContext();
        return await db.Claims.Where(c => c.Kind == "jobs_lost" && c.Basis == "reported").Select(c => c.Id).SingleAsync();
    }

    private async Task<(ReportedJobs All, ClaimTotal Explicit, ClaimTotal Unclear)> DashboardAsync()
    {
        using var db = database.NewContext();
        var claims = new ClaimQueries(db, new QueryCache());
        var dashboard = new DashboardQueries(db, new QueryCache(), claims);
        return ((await dashboard.GetAsync(TrackerFilter.None, default)).Jobs,
            (await dashboard.GetAsync(TrackerFilter.None, "explicit", default)).Jobs.Cuts,
            (await dashboard.GetAsync(TrackerFilter.None, "unclear", default)).Jobs.Cuts);
    }

    private async Task<ClaimPage> PageAsync(long id)
    {
        using var db = database.NewContext();
        return (await new ClaimQueries(db, new QueryCache()).ByIdAsync(id, default))!;
    }

    [Fact]
    public async Task An_operator_grade_is_logged_once_survives_reextraction_and_rebuild_and_moves_the_counters()
    {
        var id = await CutClaimAsync();
        Assert.Equal(("explicit", "explicit"), ((await PageAsync(id)).Claim.Grade, (await PageAsync(id)).ComputedGrade));
        var before = await DashboardAsync();
        Assert.Equal((1, 0), (before.All.Explicit.Claims, before.All.Unclear.Claims));

        using (var db = database.NewContext())
        {
            Assert.Equal("unclear", await Corrections(db).SetGradeAsync(id, "unclear", "alice", default));
            // Asking for the grade the claim already shows is not a correction.
            Assert.Equal("unclear", await Corrections(db).SetGradeAsync(id, " unclear ", "bruno", default));
        }
        using (var db = database.NewContext())
        {
            var log = await db.Corrections.ToListAsync();
            var line = Assert.Single(log);
            Assert.Equal(("alice", CorrectionQueries.Claim, id, "grade"), (line.OperatorName, line.Subject, line.SubjectId, line.Action));
            Assert.Equal("Lien avec l'IA : explicite → incertain.", line.Detail);
        }
        await scenario.AssertLedgerEqualsRebuildAsync();

        var after = await DashboardAsync();
        Assert.Equal((0, 1, 1200d), (after.All.Explicit.Claims, after.All.Unclear.Claims, after.All.Cuts.Jobs));
        Assert.Equal((0, 1200d), (after.Explicit.Claims, after.Unclear.Jobs));

        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var article in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(article, default);
        await scenario.AssertLedgerEqualsRebuildAsync();
        using (var db = database.NewContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await new ClaimLedger(db).RebuildAsync(default);
            await tx.CommitAsync();
        }
        var page = await PageAsync(id);
        Assert.Equal(("unclear", "explicit"), (page.Claim.Grade, page.ComputedGrade));
        Assert.Equal(1, (await DashboardAsync()).All.Unclear.Claims);
    }

    [Fact]
    public async Task Only_a_reported_cut_has_a_grade_to_correct_and_an_unknown_grade_is_refused()
    {
        var cut = await CutClaimAsync();
        await scenario.StoreStudyAsync();
        using var db = database.NewContext();
        var projection = await db.Claims.Where(c => c.Basis == "projected").Select(c => c.Id).SingleAsync();

        var wrongClaim = await Assert.ThrowsAsync<CorrectionException>(() => Corrections(db).SetGradeAsync(projection, "explicit", "alice", default));
        Assert.Contains("Seules les suppressions d'emplois", wrongClaim.Message);
        var unknown = await Assert.ThrowsAsync<CorrectionException>(() => Corrections(db).SetGradeAsync(cut, "explicite", "alice", default));
        Assert.Contains("explicit, attributed ou unclear", unknown.Message);
        await Assert.ThrowsAsync<CorrectionException>(() => Corrections(db).SetGradeAsync(12345, "unclear", "alice", default));
        Assert.Empty(await db.Corrections.ToListAsync());
        Assert.Empty(await db.ClaimGradeOverrides.ToListAsync());
    }
}
