using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AIMediaTracker.Data.Providers;

/// <summary>
/// An import's checkpoints, off its writing thread. A checkpoint copies the WAL's pages back into the
/// database file and waits for two fsyncs. Run by the commit that crossed the WAL limit, as SQLite does by
/// itself, it held the writer 350–450 ms every ten batches at 10 000 articles, most of it waiting for the
/// disk. Here a second connection copies what the last batches committed while the next one is written.
/// SQLite starts a WAL over from its beginning only when every page in it has been copied, which a copy
/// running beside the writer never reaches: once the WAL holds <see cref="RestartPages"/>, the writer copies
/// the last batch's pages itself, between two batches, and its next transaction starts the WAL over.
/// </summary>
internal sealed class SqliteImportSession : ImportSession
{
    /// <summary>How many pages the WAL may hold before the writer has it started over (128 MB).</summary>
    internal const int DefaultRestartPages = 32768;

    private readonly SqliteConnection writer;
    private readonly SqliteConnection copier;
    private readonly int restartPages;
    private Task<long>? copying;

    private SqliteImportSession(SqliteConnection writer, SqliteConnection copier, int restartPages) =>
        (this.writer, this.copier, this.restartPages) = (writer, copier, restartPages);

    /// <summary>The copy running beside the writer, if any: the tests wait for it to make each step certain.</summary>
    internal Task? Copying => copying;

    /// <summary>
    /// On the writer's open connection. A database without a WAL (in memory) gets no session: there is
    /// nothing to copy, and another connection would open another database.
    /// </summary>
    public static async Task<ImportSession> StartAsync(SqliteConnection writer, int restartPages, CancellationToken ct)
    {
        if (!string.Equals(await ScalarAsync(writer, "PRAGMA journal_mode;", ct) as string, "wal", StringComparison.OrdinalIgnoreCase))
            return None;
        var copier = new SqliteConnection(writer.ConnectionString);
        await copier.OpenAsync(ct);
        // The writer's commits no longer checkpoint: this session does.
        await ScalarAsync(writer, "PRAGMA wal_autocheckpoint=0;", ct);
        return new SqliteImportSession(writer, copier, restartPages);
    }

    public override async Task BetweenBatchesAsync(CancellationToken ct)
    {
        if (copying is null)
        {
            copying = Task.Run(() => CheckpointAsync(copier, CancellationToken.None), CancellationToken.None);
            return;
        }
        if (!copying.IsCompleted) return;
        var walPages = await copying;
        copying = null;
        if (walPages >= restartPages) await CheckpointAsync(writer, ct);
    }

    public override async ValueTask DisposeAsync()
    {
        // A copy that failed changes nothing: the writer's own checkpoint below copies what is left.
        try { if (copying is not null) await copying; } catch (SqliteException) { }
        await copier.DisposeAsync();
        // Folds the WAL back into the file, so the site's readers do not search it page by page until
        // some later commit crosses the usual threshold. Passive: it waits for no reader.
        await ScalarAsync(writer, $"PRAGMA wal_checkpoint(PASSIVE); PRAGMA wal_autocheckpoint={SqlitePragmas.WalAutocheckpointPages};", CancellationToken.None);
    }

    /// <summary>
    /// Copies every page it may (PASSIVE: it waits for no reader and no writer); returns how many pages
    /// the WAL holds. A failed copy counts as a full WAL, so the writer copies in its turn.
    /// </summary>
    private async Task<long> CheckpointAsync(SqliteConnection connection, CancellationToken ct)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? reader.GetInt64(1) : 0;
        }
        catch (SqliteException) when (connection == copier)
        {
            return restartPages;
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
