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
/// All of a batch's rows of one table in a single INSERT … SELECT over a JSON array sent as one
/// parameter, for rows nothing reads back (an article's mentions, figures, dates, quotes, links:
/// about 70 per article). Row by row, each INSERT went through Microsoft.Data.Sqlite's command
/// machinery (parameters bound by name, a reader per run), which cost about 30 µs per row, more than
/// SQLite's own work: two thirds of an import's writing time. The database unpacks the array
/// itself, as the provider's <see cref="DatabaseDialect.InsertFromJsonRows"/> says.
/// Values are those EF would write (its value conversions), so the rows are the same.
/// </summary>
public sealed class JsonBulkInsert : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TableColumns table;
    private readonly DbCommand command;
    private readonly DbParameter rows;
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);

    public JsonBulkInsert(TrackerDbContext db, Type clrType)
    {
        table = new TableColumns(db, clrType);
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        rows = command.CreateParameter();
        rows.ParameterName = "@rows";
        command.Parameters.Add(rows);
        command.CommandText = DatabaseDialect.Of(db).InsertFromJsonRows(table, rows.ParameterName);
    }

    /// <summary>Inserts every row, in the context's current transaction; nothing when there is none.</summary>
    public async Task InsertAllAsync(IEnumerable<object> items, CancellationToken ct)
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
            // As both providers store a date: SQLite as this text, PostgreSQL's date parses it.
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: throw new NotSupportedException($"JsonBulkInsert ne sait pas écrire une valeur {value.GetType().Name}.");
        }
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
