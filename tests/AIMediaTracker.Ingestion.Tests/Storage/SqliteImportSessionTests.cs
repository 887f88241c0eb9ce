using AIMediaTracker.Data.Providers;
using Microsoft.Data.Sqlite;

namespace AIMediaTracker.Ingestion.Tests.Storage;

/// <summary>SqliteImportSession on a database file: checkpoints beside the writer, and a WAL that starts over.</summary>
public sealed class SqliteImportSessionTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"aimt-session-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_wal_starts_over_between_batches_instead_of_growing_with_the_import()
    {
        await using var writer = await OpenAsync();
        await using (var session = (SqliteImportSession)await SqliteImportSession.StartAsync(writer, restartPages: 1, default))
        {
            Assert.Equal(0L, Scalar(writer, "PRAGMA wal_autocheckpoint;"));
            var walSizes = new List<long>();
            for (var batch = 0; batch < 6; batch++)
            {
                await WriteBatchAsync(writer, batch);
                walSizes.Add(new FileInfo(file + "-wal").Length);
                if (session.Copying is { } copying) await copying;
                await session.BetweenBatchesAsync(default);
            }
            // Without the session's copies the WAL would hold all six batches (the writer's own checkpoints are off).
            Assert.True(walSizes.Max() < 2 * walSizes[0], $"WAL sizes: {string.Join(", ", walSizes)}");
        }
        Assert.Equal(8192L, Scalar(writer, "PRAGMA wal_autocheckpoint;"));
        await using var reader = await OpenAsync();
        Assert.Equal(6 * RowsPerBatch, Scalar(reader, "SELECT COUNT(*) FROM t;"));
    }

    [Fact]
    public async Task A_database_without_a_wal_gets_no_session()
    {
        await using var memory = new SqliteConnection("Data Source=:memory:");
        await memory.OpenAsync();
        Assert.Same(ImportSession.None, await SqliteImportSession.StartAsync(memory, restartPages: 1, default));
    }

    private const long RowsPerBatch = 50;

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        Scalar(connection, "PRAGMA journal_mode=WAL;");
        Scalar(connection, "CREATE TABLE IF NOT EXISTS t (batch INTEGER, payload BLOB);");
        return connection;
    }

    // About one page per row: the WAL's size follows the batches written since it last started over.
    private static async Task WriteBatchAsync(SqliteConnection connection, int batch)
    {
        await using var tx = await connection.BeginTransactionAsync();
        for (var i = 0; i < RowsPerBatch; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES ($batch, randomblob(3000));";
            insert.Parameters.AddWithValue("$batch", batch);
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
    }
}
