using System.Globalization;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>
/// The SQLite settings the import and the screens were measured with (SqlitePragmas) hold on the
/// running site's own connections, not only on the benchmark's: a setting applied by an interceptor
/// the site's registration forgot would fail silently. Always on a SQLite file, whichever provider the suite runs on.
/// </summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task The_site_connections_use_the_tuned_sqlite_settings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aimt-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new TrackerFactory(settings: new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = $"Data Source={file}",
            });
            using var client = factory.CreateClient();
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            async Task<string> Pragma(string name)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name}";
                return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
            }
            Assert.Equal("-16384", await Pragma("cache_size"));
            Assert.Equal("1", await Pragma("synchronous"));
            Assert.Equal("10000", await Pragma("busy_timeout"));
            Assert.Equal("8192", await Pragma("wal_autocheckpoint"));
            Assert.Equal("wal", await Pragma("journal_mode"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }
}
