using AIMediaTracker.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>
/// The real app on a fresh database of its own: a SQLite file, or a PostgreSQL database when the
/// suite runs on PostgreSQL. A database the factory created is deleted with it; one passed in
/// (to restart the app on the same data) is left for the caller.
/// </summary>
public sealed class TrackerFactory : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public string Database { get; }
    public string ConnectionString => TestDatabases.IsPostgres ? Database : $"Data Source={Database}";
    private readonly bool owned;
    private readonly Dictionary<string, string?> settings;

    public TrackerFactory(string? database = null, IDictionary<string, string?>? settings = null)
    {
        owned = database is null;
        Database = database ?? NewDatabase();
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    public static string NewDatabase() => TestDatabases.IsPostgres
        ? TestDatabases.NewPostgresDatabase()
        : Path.Combine(Path.GetTempPath(), $"aimt-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabases.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging", "Warning");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public static void DeleteDatabase(string database)
    {
        if (TestDatabases.IsPostgres)
        {
            TestDatabases.DropPostgresDatabase(database);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(database + suffix)) File.Delete(database + suffix);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && owned) DeleteDatabase(Database);
    }
}
