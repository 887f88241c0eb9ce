using System.Diagnostics;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Data.Sqlite;

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
        var database = Path.Combine(folder.FullName, "tracker.db");
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
            Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM Articles a WHERE a.DuplicateOfId IS NULL AND NOT EXISTS (SELECT 1 FROM Mentions m WHERE m.ArticleId = a.Id)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static Process StartImport(string folder, string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AIMediaTracker.Web.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(folder);
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long Count(string database, string table) =>
        File.Exists(database) ? Scalar(database, $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{table}'") == 0 ? 0 : Scalar(database, $"SELECT COUNT(*) FROM \"{table}\"") : 0;

    private static long Orphans(string database) => Scalar(database,
        "SELECT (SELECT COUNT(*) FROM Mentions WHERE ArticleId NOT IN (SELECT Id FROM Articles)) + " +
        "(SELECT COUNT(*) FROM Figures WHERE ArticleId NOT IN (SELECT Id FROM Articles)) + " +
        "(SELECT COUNT(*) FROM Dates WHERE ArticleId NOT IN (SELECT Id FROM Articles)) + " +
        "(SELECT COUNT(*) FROM Quotes WHERE ArticleId NOT IN (SELECT Id FROM Articles)) + " +
        "(SELECT COUNT(*) FROM Links WHERE ArticleId NOT IN (SELECT Id FROM Articles))");

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 10;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
