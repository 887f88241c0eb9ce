using AIMediaTracker.Data;
using AIMediaTracker.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Ingestion.Tests.Support;

/// <summary>
/// A migrated database for one test: SQLite in memory (alive while this object keeps its connection
/// open), or a fresh PostgreSQL database when the suite runs on PostgreSQL (dropped on dispose).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? connection;
    private readonly string? postgres;

    public TestDatabase()
    {
        if (TestDatabases.IsPostgres)
        {
            postgres = TestDatabases.NewPostgresDatabase();
            return;
        }
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public TrackerDbContext NewContext() => postgres is not null
        ? new(TestDatabases.Options(postgres))
        : new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection!).Options);

    /// <summary>A context whose saves go through the given interceptors (to stage a race between two writers).</summary>
    public TrackerDbContext NewContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>(postgres is not null
            ? TestDatabases.Options(postgres)
            : new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection!).Options);
        return new(options.AddInterceptors(interceptors).Options);
    }

    /// <summary>
    /// Every row of <paramref name="table"/> in Id order, each column but the Id with the type the database
    /// returns (SQLite keeps a value's own type: an INTEGER in a REAL column, or a date stored otherwise
    /// than EF stores it, would show).
    /// </summary>
    public async Task<List<string>> TypedRowsAsync(string table)
    {
        using var db = NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "Id")
                .Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}:{reader.GetValue(i).GetType().Name}")));
        return rows;
    }

    public void Dispose()
    {
        connection?.Dispose();
        if (postgres is not null) TestDatabases.DropPostgresDatabase(postgres);
    }
}
