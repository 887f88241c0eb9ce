using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Writing;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>The dashboard's sums kept beside the ledger, written in slices of ids for large writes.</summary>
public sealed class ClaimTallyTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Claims_named_across_several_statements_are_each_counted_once()
    {
        var scenario = new LedgerScenario(database);
        await scenario.StoreCutAsync();
        await scenario.StoreAsync("Chez Deezer, 300 emplois ont été supprimés, remplacés par l'IA.", new DateOnly(2024, 6, 1),
            f => f with { Basis = Core.Model.FigureBasis.Reported, Subject = "Deezer" });
        using var db = database.NewContext();
        var kept = await LedgerScenario.TalliesAsync(db);
        var claims = await db.Claims.Select(c => c.Id).ToListAsync();
        Assert.Contains(kept, t => t.StartsWith("tally jobs_lost", StringComparison.Ordinal));

        // The stored claims, one at each end of more ids than one statement takes.
        var unknown = Enumerable.Range(1, ClaimTallySql.IdsPerStatement * 2).Select(i => -(long)i).ToList();
        var named = claims.Take(1).Concat(unknown).Concat(claims.Skip(1)).ToList();
        var statements = ClaimTallySql.Shift(DatabaseDialect.Of(db), named, +1).ToList();
        Assert.Equal(3, statements.Count);
        await db.ClaimTallies.ExecuteDeleteAsync();
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql);

        Assert.Equal(kept, await LedgerScenario.TalliesAsync(db));
    }
}
