using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Dump;

/// <summary>
/// Every stored record as JSON Lines, one row a line (<c>{"table":"Articles","row":{...}}</c>), tables in
/// dependency order and rows by id, so that exporting, restoring into an empty database and exporting
/// again gives the same bytes. Search indexes are not exported: triggers rebuild them on restore.
/// </summary>
public sealed class DatabaseDump(TrackerDbContext db)
{
    /// <summary>Parents before children, so a restore never points at a row it has not written yet.</summary>
    public static readonly string[] Tables =
    [
        "Sources", "Organizations", "OrganizationAliases", "People", "Products", "Articles",
        "Mentions", "Figures", "Dates", "Quotes", "Links", "ImportFailures",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<long> ExportAsync(Stream output, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        long rows = 0;
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                await using (var w = new Utf8JsonWriter(output, WriterOptions))
                {
                    w.WriteStartObject();
                    w.WriteString("table", table);
                    w.WriteStartObject("row");
                    for (var i = 0; i < reader.FieldCount; i++) WriteValue(w, reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i));
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                output.WriteByte((byte)'\n');
                rows++;
            }
        }
        await output.FlushAsync(ct);
        return rows;
    }

    /// <summary>Restores a dump into an empty database, in one transaction: all of it or nothing.</summary>
    public async Task<long> ImportAsync(TextReader input, CancellationToken ct)
    {
        if (await db.Articles.AnyAsync(ct) || await db.Sources.AnyAsync(ct) || await db.Organizations.AnyAsync(ct))
            throw new InvalidOperationException("La base n'est pas vide : import-dump ne restaure que dans une base vide.");
        var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        long rows = 0;
        var number = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var table = doc.RootElement.GetProperty("table").GetString();
            if (table is null || !Tables.Contains(table))
                throw new InvalidDataException($"Ligne {number} : table inconnue « {table} ».");
            var columns = doc.RootElement.GetProperty("row").EnumerateObject().ToList();
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < columns.Count; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = $"@p{i}";
                p.Value = ReadValue(columns[i].Value);
                command.Parameters.Add(p);
            }
            await command.ExecuteNonQueryAsync(ct);
            rows++;
        }
        await tx.CommitAsync(ct);
        return rows;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        return connection;
    }

    private static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case long l: w.WriteNumber(name, l); break;
            case double d: w.WriteNumber(name, d); break;
            case string s: w.WriteString(name, s); break;
            case byte[] b: w.WriteBase64String(name, b); break;
            default: w.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    private static object ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        _ => throw new InvalidDataException($"Valeur inattendue : {value}"),
    };
}
