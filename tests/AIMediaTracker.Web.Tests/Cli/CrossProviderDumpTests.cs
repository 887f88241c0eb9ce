using System.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Dump;
using AIMediaTracker.TestSupport;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>
/// A dump moves a database between SQLite and PostgreSQL. On the PostgreSQL run the seeded database
/// goes PostgreSQL → SQLite → PostgreSQL with the same bytes at each step; on the SQLite run, the
/// dump carries instants as ISO 8601 (what PostgreSQL accepts), never SQLite's packed integers.
/// SQLite keeps instants to 100 µs and PostgreSQL to 1 µs: the first pass through SQLite truncates
/// them, and from then on every copy gives the same bytes.
/// </summary>
public sealed class CrossProviderDumpTests
{
    [Fact]
    public async Task A_dump_moves_between_sqlite_and_postgresql_in_both_directions()
    {
        using var seeded = new TrackerFactory();
        _ = seeded.Server;
        byte[] original;
        using (var scope = seeded.Services.CreateScope())
            original = await ExportAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
        Assert.Contains("\"CreatedAt\":\"20", Encoding.UTF8.GetString(original));
        Assert.DoesNotMatch("\"CreatedAt\":[0-9]", Encoding.UTF8.GetString(original));

        var sqlite = Path.Combine(Path.GetTempPath(), $"aimt-dump-{Guid.NewGuid():N}.db");
        try
        {
            var viaSqlite = await RestoreAndExportAsync(DatabaseProvider.Sqlite, $"Data Source={sqlite}", original);
            Assert.Equal(To100Microseconds(original), Encoding.UTF8.GetString(viaSqlite));
            if (!TestDatabases.IsPostgres) return;

            var postgres = TestDatabases.NewPostgresDatabase();
            try
            {
                var back = await RestoreAndExportAsync(DatabaseProvider.Postgres, postgres, viaSqlite);
                Assert.Equal(Encoding.UTF8.GetString(viaSqlite), Encoding.UTF8.GetString(back));
            }
            finally
            {
                TestDatabases.DropPostgresDatabase(postgres);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(sqlite + suffix);
        }
    }

    [Fact]
    public async Task A_dump_written_before_instants_were_iso_still_restores()
    {
        // 638712864000000000 ticks (1 January 2025, UTC), packed as SQLite stored it: (ticks / 1000) << 11.
        const long packed = 638712864000000000 / 1000 << 11;
        var dump = $"{{\"table\":\"Sources\",\"row\":{{\"Id\":1,\"CreatedAt\":{packed},\"Kind\":\"Files\",\"Name\":\"dossier\"}}}}\n";
        var database = TrackerFactory.NewDatabase();
        try
        {
            await using var db = await OpenAsync(TestDatabases.Provider, TestDatabases.IsPostgres ? database : $"Data Source={database}");
            Assert.Equal(1, await new DatabaseDump(db).ImportAsync(new StringReader(dump), default));
            db.ChangeTracker.Clear();
            Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), (await db.Sources.SingleAsync()).CreatedAt);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TrackerFactory.DeleteDatabase(database);
        }
    }

    /// <summary>The dump with each instant's seven fractional digits cut to four, as SQLite stores them.</summary>
    private static string To100Microseconds(byte[] dump) =>
        System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(dump), @"(T\d\d:\d\d:\d\d\.\d{4})\d{3}([+-]\d\d:\d\d"")", "${1}000$2");

    private static async Task<byte[]> RestoreAndExportAsync(DatabaseProvider provider, string connectionString, byte[] dump)
    {
        await using var db = await OpenAsync(provider, connectionString);
        await new DatabaseDump(db).ImportAsync(new StringReader(Encoding.UTF8.GetString(dump)), default);
        return await ExportAsync(db);
    }

    private static async Task<TrackerDbContext> OpenAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        options.UseTrackerDatabase(provider, connectionString);
        var db = new TrackerDbContext(options.Options);
        await DatabaseSetup.MigrateAsync(db);
        return db;
    }

    private static async Task<byte[]> ExportAsync(TrackerDbContext db)
    {
        using var output = new MemoryStream();
        await new DatabaseDump(db).ExportAsync(output, default);
        return output.ToArray();
    }
}
