using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data;

/// <summary>Opens SQLite the way the tracker needs it and brings the schema up to date.</summary>
public static class SqliteSetup
{
    public const string DefaultConnectionString = "Data Source=data/tracker.db";

    /// <summary>SQLite as the tracker uses it everywhere: the site, the subcommands, the benchmark.</summary>
    public static DbContextOptionsBuilder UseTrackerSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());

    /// <summary>Creates the folder of the database file, if the connection string names one.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal)) return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }

    /// <summary>Applies pending migrations, then switches the file to WAL so readers never wait for an import.</summary>
    public static async Task MigrateAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
