using System.Diagnostics;
using AIMediaTracker.Web.Tests.Support;
using System.Data.Common;
using AIMediaTracker.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>
/// The real `import` process, killed with SIGKILL in the middle of a 500-article import, then run
/// again: every article is stored exactly once and no record is left without its article.
/// </summary>
public sealed class ImportCrashTests
{
    private const int Articles = 500;

    [Fact]
    public async Task A_killed_import_run_again_ends_with_every_article_once_and_no_orphan()
    {
        var folder = Directory.CreateTempSubdirectory("aimt-crash-");
        var database = TestDatabases.IsPostgres ? TestDatabases.NewPostgresDatabase() : Path.Combine(folder.FullName, "tracker.db");
        var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles")).FullName;
        try
        {
            SyntheticArticles.Write(articles, Articles, seed: 42);

            using (var import = StartImport(articles, database))
            {
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (Count(database, "Articles") < 20 && DateTime.UtcNow < deadline && !import.HasExited) await Task.Delay(50);
                Assert.False(import.HasExited, "the import finished before it could be killed: make the corpus bigger");
                import.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no flush
                await import.WaitForExitAsync();
            }
            var afterKill = Count(database, "Articles");
            Assert.InRange(afterKill, 20, Articles - 1);
            Assert.Equal(0, Orphans(database));

            using (var again = StartImport(articles, database))
            {
                Assert.True(again.WaitForExit(240_000), "the second import did not finish in 4 minutes");
                Assert.Equal(0, again.ExitCode);
            }
            Assert.Equal(Articles, Count(database, "Articles"));
            Assert.Equal(0, Orphans(database));
            Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM \"Articles\" a WHERE a.\"DuplicateOfId\" IS NULL AND NOT EXISTS (SELECT 1 FROM \"Mentions\" m WHERE m.\"ArticleId\" = a.\"Id\")"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (TestDatabases.IsPostgres) TestDatabases.DropPostgresDatabase(database);
            folder.Delete(recursive: true);
        }
    }

    private static Process StartImport(string folder, string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AIMediaTracker.Web.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(folder);
        start.Environment["Database__Provider"] = TestDatabases.Provider.ToString();
        start.Environment["ConnectionStrings__Default"] = TestDatabases.IsPostgres ? database : $"Data Source={database}";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Zero until the import has created the file and its tables.
    private static long Count(string database, string table)
    {
        if (!TestDatabases.IsPostgres && !File.Exists(database)) return 0;
        try { return Scalar(database, $"SELECT COUNT(*) FROM \"{table}\""); }
        catch (DbException) { return 0; }
    }

    private static long Orphans(string database) => Scalar(database,
        string.Join(" + ", new[] { "Mentions", "Figures", "Dates", "Quotes", "Links" }.Select(t =>
            $"(SELECT COUNT(*) FROM \"{t}\" WHERE \"ArticleId\" NOT IN (SELECT \"Id\" FROM \"Articles\"))")).Insert(0, "SELECT "));

    private static long Scalar(string database, string sql)
    {
        using DbConnection connection = TestDatabases.IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 10;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
