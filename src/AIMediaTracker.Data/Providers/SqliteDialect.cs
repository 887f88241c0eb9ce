using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Providers;

public sealed class SqliteDialect : DatabaseDialect
{
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect() { }

    public override bool CommitsIdsInOrder => true;

    // Column affinities convert the JSON scalars as they convert bound values.
    public override string InsertFromJsonRows(TableColumns table, string parameter) =>
        $"INSERT INTO {table.Table} ({table.ColumnList}) SELECT {string.Join(", ", table.Columns.Select((_, i) => $"value ->> {i}"))} FROM json_each({parameter})";

    // A date is TEXT, yyyy-MM-dd.
    public override string MonthNumber(string dateColumn) =>
        $"(CAST(substr({dateColumn}, 1, 4) AS INTEGER) * 100 + CAST(substr({dateColumn}, 6, 2) AS INTEGER))";

    // WAL lets the site read while an import writes; it is a property of the file, so set once.
    public override async Task AfterMigrateAsync(DbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    // SQLite's next rowid is max(rowid) + 1: nothing to move.
}
