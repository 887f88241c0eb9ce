using AIMediaTracker.Data;
using AIMediaTracker.Data.Dump;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>
/// Links in exports, feeds and shared URLs keep working: a claim's id (<c>/chiffres/{id}</c>) and a
/// figure's anchor (<c>#fig-N</c>) are the same after re-extraction, after a restore of a dump into a
/// fresh database, and after importing the same articles into a fresh database.
/// </summary>
public sealed class StableAddressTests : IDisposable
{
    // Names other organisations first, so that a fresh database numbers its organisations otherwise.
    private const string Other = "Le Monde, France Télévisions et Radio France signent un accord avec Mistral AI sur les archives.";

    private readonly List<TestDatabase> databases = [];

    public void Dispose() => databases.ForEach(d => d.Dispose());

    private (TestDatabase Database, LedgerScenario Scenario) Fresh()
    {
        var database = new TestDatabase();
        databases.Add(database);
        return (database, new LedgerScenario(database));
    }

    private static async Task StoreBothAsync(LedgerScenario scenario)
    {
        await scenario.StoreCutAsync();
        await scenario.StoreStudyAsync();
    }

    private static async Task ReextractAllAsync(TestDatabase database)
    {
        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);
    }

    /// <summary>Each claim's id with the address of every sentence citing it (the article by its text, the figure by its anchor).</summary>
    private static async Task<List<string>> AddressesAsync(TestDatabase database)
    {
        using var db = database.NewContext();
        var citations = await db.ClaimCitations.AsNoTracking()
            .Select(c => new { c.ClaimId, c.Figure!.Article!.Text, c.Figure.Start, Grade = db.ClaimGradeOverrides.Where(g => g.ClaimId == c.ClaimId).Select(g => g.Grade).FirstOrDefault() })
            .ToListAsync();
        return citations.Select(c => $"{c.ClaimId} {c.Text.GetHashCode()} #{FigureAnchor.Of(c.Start)} {c.Grade}").Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Claim_ids_anchors_and_grades_survive_a_restore_into_a_fresh_database()
    {
        var (original, scenario) = Fresh();
        await StoreBothAsync(scenario);
        await ReextractAllAsync(original);
        using (var db = original.NewContext())
        {
            var cut = await db.Claims.Where(c => c.Basis == "reported").Select(c => c.Id).SingleAsync();
            await new ClaimCorrections(db, TimeProvider.System).SetGradeAsync(cut, "attributed", "alice", default);
        }
        var dump = new MemoryStream();
        using (var db = original.NewContext()) await new DatabaseDump(db).ExportAsync(dump, default);

        var (restored, _) = Fresh();
        using (var db = restored.NewContext())
        {
            await new DatabaseDump(db).ImportAsync(new StringReader(System.Text.Encoding.UTF8.GetString(dump.ToArray())), default);
            Assert.True(await new ClaimLedger(db).BuildIfStaleAsync(default));
        }

        var before = await AddressesAsync(original);
        Assert.Equal(2, before.Count);
        Assert.Contains(before, a => a.EndsWith(" attributed"));
        Assert.Equal(before, await AddressesAsync(restored));
        using var left = original.NewContext();
        using var right = restored.NewContext();
        Assert.Equal(await LedgerScenario.SnapshotAsync(left), await LedgerScenario.SnapshotAsync(right));
    }

    [Fact]
    public async Task Claim_ids_and_anchors_survive_importing_the_same_articles_into_a_fresh_database()
    {
        var (original, scenario) = Fresh();
        await StoreBothAsync(scenario);
        // Re-extraction gives the figures new rows: their ids no longer match a fresh import's.
        await ReextractAllAsync(original);

        var (reimported, again) = Fresh();
        await again.StoreAsync(Other, new DateOnly(2024, 1, 10));
        await StoreBothAsync(again);

        var before = await AddressesAsync(original);
        Assert.Equal(2, before.Count);
        Assert.Equal(before, await AddressesAsync(reimported));
        using var left = original.NewContext();
        using var right = reimported.NewContext();
        // The figure rows and the organisations are numbered otherwise: only what is derived from the text stays.
        Assert.NotEqual(await left.Figures.Select(f => f.Id).OrderBy(i => i).ToListAsync(), await right.Figures.Select(f => f.Id).OrderBy(i => i).ToListAsync());
        Assert.NotEqual(await left.Organizations.Where(o => o.Slug == "ubisoft").Select(o => o.Id).SingleAsync(),
            await right.Organizations.Where(o => o.Slug == "ubisoft").Select(o => o.Id).SingleAsync());
    }
}
