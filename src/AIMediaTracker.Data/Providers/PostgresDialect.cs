using System.Data.Common;
using AIMediaTracker.Data.Writing;

namespace AIMediaTracker.Data.Providers;

public sealed class PostgresDialect : DatabaseDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect() { }

    // Two writers commit concurrently: an id can become visible after a higher one.
    public override bool CommitsIdsInOrder => false;

    public override BulkInsert BulkInsert(TrackerDbContext db, TableColumns table) => new JsonBulkInsert(db, table);

    /// <summary>
    /// INSERT … SELECT of every row of a JSON array of arrays sent as the one parameter
    /// <paramref name="parameter"/>: element i of each inner array is column i of <paramref name="table"/>.
    /// ->> gives text: each column is cast to its type.
    /// </summary>
    public static string InsertFromJsonRows(TableColumns table, string parameter) =>
        $"INSERT INTO {table.Table} ({table.ColumnList}) SELECT {string.Join(", ", table.Columns.Select((c, i) => $"CAST(value ->> {i} AS {c.StoreType})"))} FROM json_array_elements(CAST({parameter} AS json))";

    protected override string JsonArrayRows(string parameter, string alias) => $"json_array_elements(CAST({parameter} AS json)) AS {alias}(value)";

    protected override string JsonDouble(string text) => $"CAST({text} AS double precision)";

    public override string MonthNumber(string dateColumn) =>
        $"(CAST(EXTRACT(YEAR FROM {dateColumn}) AS integer) * 100 + CAST(EXTRACT(MONTH FROM {dateColumn}) AS integer))";

    public override async Task ResetGeneratedIdAsync(DbConnection connection, DbTransaction tx, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"), false)";
        await command.ExecuteScalarAsync(ct);
    }
}
