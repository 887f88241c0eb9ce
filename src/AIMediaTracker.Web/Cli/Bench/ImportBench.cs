using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Web.Cli.Bench;

public sealed record ImportResult(
    int Articles, double ArticlesPerSecond, int New, int NearDuplicates, int Unchanged,
    long DatabaseBytes, double BytesPerArticle, double BytesPerArticleBeyondText, long PeakWorkingSetBytes);

/// <summary>
/// The import path the `import` command takes (ArticleWriter: dedup, extraction, one transaction per
/// article) into a fresh SQLite file, migrated as the site migrates it.
/// </summary>
public static class ImportBench
{
    public static async Task<ImportResult> RunAsync(IReadOnlyList<ArticleDocument> documents, string databasePath,
        Action<int> progress, CancellationToken ct)
    {
        var connectionString = $"Data Source={databasePath}";
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite(connectionString)).Options;
        await using (var setup = new TrackerDbContext(options)) await DatabaseSetup.MigrateAsync(setup, ct);

        var counts = new Dictionary<IngestStatus, int>();
        var sw = Stopwatch.StartNew();
        await using (var db = new TrackerDbContext(options))
        {
            var writer = new ArticleWriter(db, TimeProvider.System);
            for (var i = 0; i < documents.Count; i++)
            {
                var outcome = await writer.SaveAsync(documents[i], new ArticleOrigin($"bench/{i}", documents[i].CanonicalUrl), ct);
                counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                if ((i + 1) % 500 == 0) progress(i + 1);
            }
        }
        var seconds = sw.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        await CheckpointAsync(connectionString, ct);

        var size = new FileInfo(databasePath).Length;
        var textBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.FullText));
        return new ImportResult(documents.Count, documents.Count / seconds,
            counts.GetValueOrDefault(IngestStatus.New), counts.GetValueOrDefault(IngestStatus.NearDuplicate),
            counts.GetValueOrDefault(IngestStatus.Unchanged), size, (double)size / documents.Count,
            (double)(size - textBytes) / documents.Count, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    // The WAL holds the last pages until a checkpoint: fold it in so the file size is the database's.
    private static async Task CheckpointAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(ct);
    }
}
