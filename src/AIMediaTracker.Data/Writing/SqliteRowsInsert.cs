using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// SQLite's bulk insert: one single-row INSERT compiled once and stepped for every row through
/// SQLite's own interface, values bound by position. A single-row INSERT into a table without
/// triggers cannot stop half-way, so SQLite keeps no statement journal for it. The INSERT … SELECT
/// over a JSON array this replaced calls a function per column, and a statement calling functions may
/// fail after some rows: SQLite then copied every page the statement touched to a temporary file
/// first, two writes per page, more write calls than the WAL itself (262 000 for 1 000 articles
/// against 225 000). Through Microsoft.Data.Sqlite's commands instead, a row cost about 30 µs of
/// parameter binding by name and reader set-up.
/// </summary>
internal sealed class SqliteRowsInsert : BulkInsert
{
    private readonly TableColumns table;
    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;

    public SqliteRowsInsert(TrackerDbContext db, TableColumns table)
    {
        this.table = table;
        connection = (db.Database.GetDbConnection() as SqliteConnection)?.Handle
            ?? throw new InvalidOperationException("L'insertion par lignes demande une connexion SQLite ouverte.");
        var sql = $"INSERT INTO {table.Table} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"?{i + 1}"))})";
        Check(raw.sqlite3_prepare_v2(connection, sql, out statement));
    }

    public override Task InsertAllAsync(IEnumerable<object> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < table.Columns.Count; i++) Bind(i + 1, table.Columns[i].ValueOf(row));
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }
        return Task.CompletedTask;
    }

    // As EF's SQLite mappings store them: booleans as 0/1, dates as yyyy-MM-dd text.
    private void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        double d => raw.sqlite3_bind_double(statement, index, d),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"SqliteRowsInsert ne sait pas écrire une valeur {value.GetType().Name} ({table.Table})."),
    });

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, connection);
    }

    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }
}
