using System.Data.Common;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>
/// The ledger writes only what a regrouping changes: a claim it had to look at but that comes back as it
/// was is neither deleted nor rewritten, and a claim that keeps its id keeps its citations' rows.
/// </summary>
public sealed class LedgerWriteTests : IDisposable
{
    private const string Study = LedgerScenario.Study;

    // Texts apart enough not to be taken for copies of Study.
    private const string Report =
        "Selon un rapport publié à Genève par le Forum économique mondial, {0} d'emplois seront supprimés d'ici 2027, un chiffre discuté par plusieurs économistes.";
    private const string Forecast =
        "Le Forum économique mondial prévoit, dans une étude remise aux gouvernements du G20, que {0} d'emplois disparaîtront d'ici 2027 sous l'effet de l'IA.";

    private readonly TestDatabase database = new();
    private readonly LedgerScenario scenario;

    public LedgerWriteTests() => scenario = new LedgerScenario(database);

    public void Dispose() => database.Dispose();

    private static Func<FigureFact, FigureFact> Projection => f => f with { Basis = FigureBasis.Projected, Attribution = "Forum économique mondial" };

    [Fact]
    public async Task A_claim_looked_at_but_not_joined_is_left_as_it_is()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection);
        var writes = new LedgerWrites();
        // 0.7 % above: near enough for the ledger to regroup the stored claim, too far to join it.
        await scenario.StoreAsync(string.Format(Report, "83,6 millions"), new DateOnly(2024, 3, 9), Projection, database.NewContext(writes));

        Assert.Empty(writes.Changes);
        await scenario.AssertLedgerEqualsRebuildAsync();
        using var db = database.NewContext();
        Assert.Equal([83_000_000d, 83_600_000d], await db.Claims.OrderBy(c => c.Value).Select(c => c.Value).ToListAsync());
    }

    [Fact]
    public async Task A_claim_whose_range_grows_is_updated_in_place_and_its_citations_stay()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection);
        await scenario.StoreAsync(string.Format(Report, "84,2 millions"), new DateOnly(2024, 3, 9), Projection);
        var writes = new LedgerWrites();
        // Within 0.5 % above 83 millions, outside its range and far from 84,2: the claim grows and keeps its lowest value, so its id.
        await scenario.StoreAsync(string.Format(Forecast, "83,3 millions"), new DateOnly(2024, 3, 20), Projection, database.NewContext(writes));

        Assert.Equal(["UPDATE \"Claims\""], writes.Changes);
        // Only what moved: the bucket, the source, the sector and the year keep their index entries.
        var set = Assert.Single(writes.Updates);
        Assert.Contains("\"MaxValue\"", set);
        Assert.Contains("\"Citations\"", set);
        Assert.DoesNotContain("\"Bucket\"", set);
        Assert.DoesNotContain("\"AttributionKey\"", set);
        Assert.DoesNotContain("\"Sector\"", set);
        Assert.DoesNotContain("\"Year\"", set);
        await scenario.AssertLedgerEqualsRebuildAsync();
        using var db = database.NewContext();
        var claim = await db.Claims.SingleAsync(c => c.MinValue == 83_000_000d);
        Assert.Equal((83_300_000d, 2), (claim.MaxValue, claim.Citations));
    }

    /// <summary>The ledger's deletes and updates of claims and citations, as EF sends them.</summary>
    private sealed class LedgerWrites : DbCommandInterceptor
    {
        private static readonly string[] Watched = ["DELETE FROM \"Claims\"", "UPDATE \"Claims\"", "DELETE FROM \"ClaimCitations\""];

        public List<string> Changes { get; } = [];

        /// <summary>Each UPDATE of a claim, from SET on.</summary>
        public List<string> Updates { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken ct = default)
        {
            Record(command);
            return base.NonQueryExecutingAsync(command, eventData, result, ct);
        }

        // ExecuteDelete aliases the table ("DELETE FROM "Claims" AS c"); the start of the statement is enough.
        private void Record(DbCommand command)
        {
            var statements = command.CommandText.Split(';').Select(s => s.TrimStart()).ToList();
            Changes.AddRange(Watched.Where(w => statements.Any(s => s.StartsWith(w, StringComparison.Ordinal))));
            Updates.AddRange(statements.Where(s => s.StartsWith("UPDATE \"Claims\"", StringComparison.Ordinal)).Select(s => s[s.IndexOf(" SET ", StringComparison.Ordinal)..]));
        }
    }
}
