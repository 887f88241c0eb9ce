using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Data;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL still never corrupts the file and
/// never loses a committed transaction when the process dies (only a power cut may drop the last
/// ones), and it saves an fsync per commit: the per-article transaction is the import's unit.
/// busy_timeout lets a writer wait for another instead of failing at once. A 16 MB page cache (2 MB by
/// default) keeps the indexes an import touches in memory, and a checkpoint every 8192 WAL pages (32 MB,
/// 1000 by default) writes the pages each article changes again (FTS, indexes) once per checkpoint, not
/// every few articles; durability is the same. An import of many batches lets its own connection's WAL
/// grow further, then folds it in (SqliteDialect.BeforeImportAsync).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int WalAutocheckpointPages = 8192;

    private static readonly string Pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint={WalAutocheckpointPages};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
