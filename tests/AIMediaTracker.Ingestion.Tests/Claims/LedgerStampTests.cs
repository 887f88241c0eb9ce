using AIMediaTracker.Core.Claims;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>Start-up rebuilds the ledger when the rules it was built with changed, and leaves it alone otherwise.</summary>
public sealed class LedgerStampTests : IDisposable
{

    private readonly TestDatabase database = new();
    private readonly LedgerScenario scenario;

    public LedgerStampTests() => scenario = new LedgerScenario(database);

    public void Dispose() => database.Dispose();

    private async Task<bool> StartUpAsync()
    {
        using var db = database.NewContext();
        return await new ClaimLedger(db).BuildIfStaleAsync(default);
    }

    /// <summary>What a ledger built by older rules looks like: another grade, another stamp.</summary>
    private async Task AgeLedgerAsync(string stamp)
    {
        using var db = database.NewContext();
        await db.Claims.ExecuteUpdateAsync(s => s.SetProperty(c => c.Grade, "unclear"));
        await db.LedgerStates.ExecuteUpdateAsync(s => s.SetProperty(l => l.Stamp, stamp));
    }

    private async Task<string?> GradeAsync()
    {
        using var db = database.NewContext();
        return await db.Claims.Select(c => c.Grade).SingleAsync();
    }

    [Fact]
    public async Task The_ledger_is_rebuilt_at_start_up_when_its_stamp_differs_and_only_then()
    {
        await scenario.StoreCutAsync();
        Assert.True(await StartUpAsync()); // no stamp yet: built once, and stamped
        Assert.False(await StartUpAsync());
        using (var db = database.NewContext()) Assert.Equal(LedgerStamp.Current, await db.LedgerStates.Select(l => l.Stamp).SingleAsync());

        // Same stamp: the stored ledger is trusted as it is, even where it differs.
        await AgeLedgerAsync(LedgerStamp.Current);
        Assert.False(await StartUpAsync());
        Assert.Equal("unclear", await GradeAsync());

        // Older rules: rebuilt, and equal to a rebuild from scratch.
        await AgeLedgerAsync(LedgerStamp.Of(LedgerStamp.RulesVersion - 1, AiLinkGrader.Version, SectorVocabulary.Fingerprint));
        Assert.True(await StartUpAsync());
        Assert.Equal("explicit", await GradeAsync());
        await scenario.AssertLedgerEqualsRebuildAsync();
        Assert.False(await StartUpAsync());
    }

    [Fact]
    public async Task A_database_with_figures_and_no_claim_is_built_whatever_its_stamp()
    {
        await scenario.StoreCutAsync();
        Assert.True(await StartUpAsync());
        using (var db = database.NewContext())
        {
            await db.ClaimCitations.ExecuteDeleteAsync();
            await db.Claims.ExecuteDeleteAsync();
        }
        Assert.True(await StartUpAsync());
        Assert.Equal("explicit", await GradeAsync());
    }

    [Fact]
    public void The_stamp_names_the_grouping_rules_the_grade_rules_and_the_sector_list()
    {
        Assert.Equal($"rules {LedgerStamp.RulesVersion}; grades {AiLinkGrader.Version}; sectors {SectorVocabulary.Fingerprint}", LedgerStamp.Current);
        Assert.Matches("^[0-9a-f]{16}$", SectorVocabulary.Fingerprint);
        Assert.NotEqual(LedgerStamp.Of(2, 2, "a"), LedgerStamp.Of(2, 3, "a"));
    }
}
