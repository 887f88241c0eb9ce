using AIMediaTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Support;

/// <summary>A migrated SQLite database in memory, alive as long as this object keeps its connection open.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public TestDatabase()
    {
        connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public TrackerDbContext NewContext() =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options);

    public void Dispose() => connection.Dispose();
}
