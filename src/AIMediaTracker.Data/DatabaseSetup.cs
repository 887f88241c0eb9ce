using AIMediaTracker.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data;

/// <summary>The two databases the tracker runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the default, nothing to install.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server, when one machine is not enough.</summary>
    Postgres,
}

/// <summary>
/// Opens the database the configuration names (<c>Database:Provider</c> and
/// <c>ConnectionStrings:Default</c>) and brings its schema up to date. Each provider has its own
/// migrations: SQLite's in this assembly, PostgreSQL's in AIMediaTracker.Data.Postgres.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/tracker.db";
    public const string PostgresMigrationsAssembly = "AIMediaTracker.Data.Postgres";

    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider « {name} » inconnu : choisissez Sqlite ou Postgres."),
    };

    /// <summary>The tracker's database as every entry point uses it: the site, the subcommands, the benchmark, the tests.</summary>
    public static DbContextOptionsBuilder UseTrackerDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()),
        };

    public static DbContextOptionsBuilder UseTrackerSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseTrackerDatabase(DatabaseProvider.Sqlite, connectionString);

    /// <summary>Creates the folder of a SQLite database file, if the connection string names one.</summary>
    public static void EnsureDirectory(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite) return;
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal)) return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }

    /// <summary>Applies pending migrations; on SQLite, then switches the file to WAL so readers never wait for an import.</summary>
    public static async Task MigrateAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await DatabaseDialect.Of(db).AfterMigrateAsync(db, ct);
    }
}
