using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AIMediaTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// PostgreSQL's bulk insert: all of a batch's rows of one table in a single INSERT … SELECT over a JSON
/// array sent as one parameter, which the database unpacks itself (<see cref="PostgresDialect.InsertFromJsonRows"/>):
/// one round trip per table and batch instead of one per row.
/// </summary>
internal sealed class JsonBulkInsert : BulkInsert
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TableColumns table;
    private readonly DbCommand command;
    private readonly DbParameter rows;
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);

    public JsonBulkInsert(TrackerDbContext db, TableColumns table)
    {
        this.table = table;
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        rows = command.CreateParameter();
        rows.ParameterName = "@rows";
        command.Parameters.Add(rows);
        command.CommandText = PostgresDialect.InsertFromJsonRows(table, rows.ParameterName);
    }

    public override async Task InsertAllAsync(IEnumerable<object> items, CancellationToken ct)
    {
        buffer.ResetWrittenCount();
        var count = 0;
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var row in items)
            {
                json.WriteStartArray();
                foreach (var column in table.Columns) Write(json, column.ValueOf(row));
                json.WriteEndArray();
                count++;
            }
            json.WriteEndArray();
        }
        if (count == 0) return;
        rows.Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            // PostgreSQL's date parses this text.
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: throw new NotSupportedException($"JsonBulkInsert ne sait pas écrire une valeur {value.GetType().Name}.");
        }
    }

    public override ValueTask DisposeAsync() => command.DisposeAsync();
}
