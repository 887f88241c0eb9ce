using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>The real app on a fresh SQLite file of its own, deleted afterwards.</summary>
public sealed class TrackerFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; }
    private readonly Dictionary<string, string?> settings;

    public TrackerFactory(string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"aimt-{Guid.NewGuid():N}.db");
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(DatabasePath + suffix)) File.Delete(DatabasePath + suffix);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) DeleteDatabase();
    }
}
