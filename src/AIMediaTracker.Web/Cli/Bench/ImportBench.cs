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
    /// <summary>
    /// <paramref name="documents"/> may be generated on the fly: only the SaveAsync calls are timed, and
    /// no document is kept once stored, as in a real import.
    /// </summary>
    public static async Task<ImportResult> RunAsync(IEnumerable<ArticleDocument> documents, string databasePath,
        Action<int> progress, CancellationToken ct)
    {
        var connectionString = $"Data Source={databasePath}";
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite(connectionString)).Options;
        await using (var setup = new TrackerDbContext(options)) await DatabaseSetup.MigrateAsync(setup, ct);

        var counts = new Dictionary<IngestStatus, int>();
        long textBytes = 0, ticks = 0;
        var total = 0;
        await using (var db = new TrackerDbContext(options))
        {
            var writer = new ArticleWriter(db, TimeProvider.System);
            foreach (var document in documents)
            {
                var start = Stopwatch.GetTimestamp();
                var outcome = await writer.SaveAsync(document, new ArticleOrigin($"bench/{total}", document.CanonicalUrl), ct);
                ticks += Stopwatch.GetTimestamp() - start;
                counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                textBytes += Encoding.UTF8.GetByteCount(document.FullText);
                if (++total % 500 == 0) progress(total);
            }
        }
        var seconds = (double)ticks / Stopwatch.Frequency;
        SqliteConnection.ClearAllPools();
        await CheckpointAsync(connectionString, ct);

        var size = new FileInfo(databasePath).Length;
        return new ImportResult(total, total / seconds,
            counts.GetValueOrDefault(IngestStatus.New), counts.GetValueOrDefault(IngestStatus.NearDuplicate),
            counts.GetValueOrDefault(IngestStatus.Unchanged), size, (double)size / total,
            (double)(size - textBytes) / total, Process.GetCurrentProcess().PeakWorkingSet64);
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
