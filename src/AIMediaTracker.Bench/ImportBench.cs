using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Bench;

public sealed record ImportResult(
    int Articles, double ArticlesPerSecond, double SteadyArticlesPerSecond, double FirstBatchSeconds, int New, int NearDuplicates, int Unchanged,
    long DatabaseBytes, double BytesPerArticle, double BytesPerArticleBeyondText, long PeakWorkingSetBytes);

/// <summary>
/// The import path the `import` command takes (ArticleIngestor.IngestAllAsync: reading, extraction and
/// dedup, batches of articles per transaction, the next batch prepared while one is written) into a
/// fresh SQLite file, migrated as the site migrates it.
/// </summary>
public static class ImportBench
{
    /// <summary>
    /// <paramref name="documents"/> may be generated on the fly, and no document is kept once stored, as in
    /// a real import. The whole import is timed, generating the articles included: a real import reads
    /// files instead, which costs about as much.
    /// </summary>
    public static async Task<ImportResult> RunAsync(IEnumerable<ArticleDocument> documents, string databasePath,
        Action<int> progress, CancellationToken ct)
    {
        var connectionString = $"Data Source={databasePath}";
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite(connectionString)).Options;
        await using (var setup = new TrackerDbContext(options))
        {
            await DatabaseSetup.MigrateAsync(setup, ct);
            // As the `import` command starts: the empty ledger is stamped, so the site started on this
            // database afterwards does not rebuild it (minutes at 30 000 articles, before any request).
            await new ClaimLedger(setup).BuildIfStaleAsync(ct);
        }

        var counts = new Dictionary<IngestStatus, int>();
        long textBytes = 0;
        var total = 0;
        var inputs = documents.Select((d, i) =>
        {
            textBytes += Encoding.UTF8.GetByteCount(d.FullText);
            return new ArticleInput(() => d, new ArticleOrigin($"bench/{i}", d.CanonicalUrl));
        });
        var timer = Stopwatch.StartNew();
        TimeSpan? firstBatch = null;
        await using (var db = new TrackerDbContext(options))
        {
            await new ArticleIngestor(db, TimeProvider.System).IngestAllAsync(inputs, outcome =>
            {
                // The first batch also pays the process's one-time costs (JIT, EF query compilation).
                firstBatch ??= timer.Elapsed;
                counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                if (++total % 500 == 0) progress(total);
            }, ct);
        }
        var ticks = timer.ElapsedTicks;
        var seconds = (double)ticks / Stopwatch.Frequency;
        var afterFirst = Math.Max(0, total - ArticleIngestor.BatchSize);
        var steady = afterFirst == 0 ? total / seconds : afterFirst / (seconds - firstBatch!.Value.TotalSeconds);
        SqliteConnection.ClearAllPools();
        await CheckpointAsync(connectionString, ct);

        var size = new FileInfo(databasePath).Length;
        return new ImportResult(total, total / seconds, steady, firstBatch?.TotalSeconds ?? seconds,
            counts.GetValueOrDefault(IngestStatus.New), counts.GetValueOrDefault(IngestStatus.NearDuplicate),
            counts.GetValueOrDefault(IngestStatus.Unchanged), size, (double)size / total,
            (double)(size - textBytes) / total, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    /// <summary>One article into an existing database, through the same importer, with a context of its own.</summary>
    public static async Task IngestOneAsync(string databasePath, ArticleDocument document, CancellationToken ct)
    {
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite($"Data Source={databasePath}")).Options;
        await using var db = new TrackerDbContext(options);
        await new ArticleIngestor(db, TimeProvider.System).IngestAllAsync(
            [new ArticleInput(() => document, new ArticleOrigin($"bench/fresh/{document.CanonicalUrl ?? document.Title}", document.CanonicalUrl))], _ => { }, ct);
    }

    /// <summary>Imports <paramref name="documents"/> into an existing database and prints the time of each statement.</summary>
    public static async Task ProfileBatchesAsync(string databasePath, IEnumerable<ArticleDocument> documents, TextWriter w, CancellationToken ct)
    {
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite($"Data Source={databasePath}")).Options;
        await using var db = new TrackerDbContext(options);
        using var profile = new StatementProfile { Step = "import par lots" };
        var timer = Stopwatch.StartNew();
        var total = 0;
        await new ArticleIngestor(db, TimeProvider.System).IngestAllAsync(
            documents.Select((d, i) => d with { CanonicalUrl = d.CanonicalUrl + "-profil" })
                .Select((d, i) => new ArticleInput(() => d, new ArticleOrigin($"bench/profile/{i}", d.CanonicalUrl))), _ => total++, ct);
        w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"import par lots : {total} articles en {timer.Elapsed.TotalSeconds:F1} s"));
        profile.Print(w, 20);
    }

    public static async Task<int> CountAsync(string databasePath, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Articles\"";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
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
