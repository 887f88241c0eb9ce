using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>
/// The SQLite migration that rebuilds the claims and citations tables so that a claim's id is no longer
/// the rowid: a base that already holds claims keeps every one, with its id and citations, both ways.
/// SQLite only, on every run: PostgreSQL has its own migrations and stores rows by insertion anyway.
/// </summary>
public sealed class ClaimRowsMigrationTests : IDisposable
{
    private const string Before = "20261206033936_ArticleTextIndexedPerBatch";

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public ClaimRowsMigrationTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    private TrackerDbContext NewContext() => new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options);

    // The rows are written by today's writer, so at today's schema (an older one lacks its newer columns),
    // then taken down through the migration and up again.
    [Fact]
    public async Task Claims_and_citations_survive_the_rebuild_up_and_down_and_the_id_stops_being_the_rowid()
    {
        await using (var db = NewContext()) await db.GetService<IMigrator>().MigrateAsync();
        await StoreAsync(LedgerScenario.Study, new DateOnly(2024, 3, 5));
        await StoreAsync(LedgerScenario.Cuts, new DateOnly(2024, 5, 2));
        var stored = await LedgerRowsAsync();
        Assert.Equal(2, stored.Count(r => r.StartsWith("claim", StringComparison.Ordinal)));
        Assert.Equal(2, await ClaimsNotAtTheirIdAsync());

        await using (var db = NewContext()) await db.GetService<IMigrator>().MigrateAsync(Before);
        Assert.Equal(stored, await LedgerRowsAsync());
        Assert.Equal(0, await ClaimsNotAtTheirIdAsync());

        await using (var db = NewContext()) await db.GetService<IMigrator>().MigrateAsync();
        Assert.Equal(stored, await LedgerRowsAsync());
        Assert.Equal(2, await ClaimsNotAtTheirIdAsync());
        // The citations still point at the claims table: deleting a claim takes its citations along.
        await using (var db = NewContext())
        {
            var claim = await db.Claims.Select(c => c.Id).FirstAsync();
            await db.Claims.Where(c => c.Id == claim).ExecuteDeleteAsync();
            Assert.False(await db.ClaimCitations.AnyAsync(c => c.ClaimId == claim));
            Assert.Equal(1, await db.ClaimCitations.CountAsync());
        }
        Assert.Equal(stored.Count - 2, (await LedgerRowsAsync()).Count);
    }

    private async Task StoreAsync(string body, DateOnly published)
    {
        var prepared = PreparedArticle.Of(new ArticleDocument("Emplois et IA", body, PublishedAt: published), new ArticleOrigin($"{Guid.NewGuid():N}.txt"));
        await new ArticleWriter(NewContext(), TimeProvider.System).SaveAllAsync([prepared], default);
    }

    private async Task<List<string>> LedgerRowsAsync()
    {
        await using var db = NewContext();
        var claims = await db.Claims.AsNoTracking().OrderBy(c => c.Id).Select(c => $"claim {c.Id} {c.Bucket} {c.Value} {c.Citations}").ToListAsync();
        var citations = await db.ClaimCitations.AsNoTracking().OrderBy(c => c.FigureId).Select(c => $"cite {c.FigureId} {c.ClaimId} {c.ArticleId}").ToListAsync();
        return [.. claims, .. citations];
    }

    /// <summary>How many claims are stored at a rowid other than their id.</summary>
    private async Task<int> ClaimsNotAtTheirIdAsync()
    {
        await using var db = NewContext();
        return await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "Claims" WHERE rowid <> "Id" """).SingleAsync();
    }
}
