using AIMediaTracker.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AIMediaTracker.TestSupport;

/// <summary>
/// The database the integration tests run on. SQLite by default; with AIMT_TEST_PROVIDER=Postgres
/// and PG_CS (a connection string to a loopback server, see tests/postgres.sh), every test gets a
/// fresh PostgreSQL database, copied from a template migrated once per test run, and dropped after.
/// </summary>
public static class TestDatabases
{
    public const string ProviderVariable = "AIMT_TEST_PROVIDER";
    public const string PostgresVariable = "PG_CS";

    public static DatabaseProvider Provider { get; } = DatabaseSetup.ParseProvider(Environment.GetEnvironmentVariable(ProviderVariable));

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object CopyLock = new();

    /// <summary>The server's connection string, with a clear message when the PostgreSQL run has none.</summary>
    private static NpgsqlConnectionStringBuilder Server()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(cs))
            throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable}: start a server with `tests/postgres.sh start` and export what it prints.");
        var builder = new NpgsqlConnectionStringBuilder(cs);
        if (builder.Host is not ("127.0.0.1" or "::1" or "localhost"))
            throw new InvalidOperationException($"{PostgresVariable} must point at a loopback server, not {builder.Host}.");
        return builder;
    }

    /// <summary>A new, migrated PostgreSQL database; its connection string.</summary>
    public static string NewPostgresDatabase()
    {
        var name = $"aimt_t_{Guid.NewGuid():N}";
        var template = Template.Value;
        // CREATE DATABASE … TEMPLATE needs the template free of other sessions: one copy at a time.
        lock (CopyLock) Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return With(name);
    }

    /// <summary>
    /// Drops a test database. FORCE ends the test's own sessions, but PostgreSQL waits only 5 s for
    /// them (and for an autovacuum worker) to leave, which a loaded 2-core machine can exceed (CI once
    /// failed a class's cleanup that way): the drop is retried, and a database still there after that
    /// is left to the throwaway cluster, with a warning, rather than failing the tests that used it.
    /// </summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e)
            {
                if (attempt == DropAttempts)
                {
                    Console.Error.WriteLine($"warning: test database {name} not dropped after {attempt} attempts, left to the throwaway cluster: {e.SqlState} {e.MessageText}");
                    return;
                }
                Thread.Sleep(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    private const int DropAttempts = 4;

    public static DbContextOptions<TrackerDbContext> Options(string connectionString)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        options.UseTrackerDatabase(Provider, connectionString);
        return options.Options;
    }

    private static string CreateTemplate()
    {
        var name = $"aimt_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        Execute($"CREATE DATABASE \"{name}\"");
        using (var db = new TrackerDbContext(Options(With(name)))) db.Database.Migrate();
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); } catch (NpgsqlException) { /* the cluster is thrown away anyway */ }
        };
        return name;
    }

    private static string With(string database)
    {
        var builder = Server();
        builder.Database = database;
        return builder.ConnectionString;
    }

    private static void Execute(string sql)
    {
        var builder = Server();
        builder.Database = "postgres";
        builder.Pooling = false;
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
