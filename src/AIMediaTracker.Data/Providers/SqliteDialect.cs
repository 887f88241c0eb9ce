using System.Data.Common;
using System.Text.Json;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Providers;

public sealed class SqliteDialect : DatabaseDialect
{
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect() { }

    public override bool CommitsIdsInOrder => true;

    public override BulkInsert BulkInsert(TrackerDbContext db, TableColumns table) => new SqliteRowsInsert(db, table);

    // ->> already gives an SQL number.
    protected override string JsonArrayRows(string parameter, string alias) => $"json_each({parameter}) AS {alias}";

    protected override string JsonDouble(string text) => text;

    // A date is TEXT, yyyy-MM-dd.
    public override string MonthNumber(string dateColumn) =>
        $"(CAST(substr({dateColumn}, 1, 4) AS INTEGER) * 100 + CAST(substr({dateColumn}, 6, 2) AS INTEGER))";

    // WAL lets the site read while an import writes; it is a property of the file, so set once.
    public override async Task AfterMigrateAsync(DbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    /// <summary>
    /// A batch dirties thousands of pages spread over the indexes (a claim's id is a hash, its row and
    /// ten index entries land anywhere), and a checkpoint every 8192 WAL pages (SqlitePragmas) came every
    /// batch or two at 30 000 articles, each writing 32 MB back into the file: half the commit's time.
    /// During an import the WAL may grow to 65 536 pages (256 MB), so a page rewritten by several batches
    /// is copied back once. Only on the import's connection, for the import.
    /// </summary>
    public override async Task BeforeImportAsync(DbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync($"PRAGMA wal_autocheckpoint={ImportWalPages};", ct);

    /// <summary>The most WAL pages an import lets pile up between two checkpoints (256 MB).</summary>
    public const int ImportWalPages = 65536;

    // Folds the long WAL back into the file at the end, so the site's readers do not search it page by
    // page until some later commit crosses the usual threshold. Passive: it waits for no reader.
    public override async Task AfterImportAsync(DbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync($"PRAGMA wal_checkpoint(PASSIVE); PRAGMA wal_autocheckpoint={SqlitePragmas.WalAutocheckpointPages};", ct);

    /// <summary>
    /// FTS5 writes its pending terms out as a new segment at every statement savepoint, and the trigger
    /// that indexed each article as it was inserted gave every INSERT one: each article became a segment
    /// of its own, merged again and again, and indexing cost as much as the rest of storing an article.
    /// One statement for the batch's articles leaves their terms pending together until the next
    /// savepoint or the commit: one segment per batch. Updates and deletes keep their triggers.
    /// </summary>
    public override async Task IndexArticleTextAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<int>? articleIds, CancellationToken ct)
    {
        if (articleIds is { Count: 0 }) return;
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO articles_fts(rowid, Title, Text) SELECT \"Id\", \"Title\", \"Text\" FROM \"Articles\"";
        if (articleIds is not null)
        {
            command.CommandText += " WHERE \"Id\" IN (SELECT value FROM json_each(@ids))";
            var ids = command.CreateParameter();
            ids.ParameterName = "@ids";
            ids.Value = JsonSerializer.Serialize(articleIds);
            command.Parameters.Add(ids);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    // SQLite's next rowid is max(rowid) + 1: nothing to move.
}
