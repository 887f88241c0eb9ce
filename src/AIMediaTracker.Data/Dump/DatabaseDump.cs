using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using AIMediaTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AIMediaTracker.Data.Dump;

/// <summary>
/// Every stored record as JSON Lines, one row a line (<c>{"table":"Articles","row":{...}}</c>), tables in
/// dependency order and rows by id, so that exporting, restoring into an empty database and exporting
/// again gives the same bytes. Search indexes are not exported: the database rebuilds them on restore
/// (FTS5 on SQLite, a generated column on PostgreSQL), nor is the claim ledger, which the
/// figures determine (its ids included) and which is rebuilt after a restore; operators' grades of
/// claims are exported, keyed by those ids. Columns are those of the EF model and
/// values are read and written by their model type, so the same code serves both providers.
/// </summary>
public sealed class DatabaseDump(TrackerDbContext db)
{
    /// <summary>Parents before children, so a restore never points at a row it has not written yet.</summary>
    public static readonly string[] Tables =
    [
        "Sources", "Organizations", "OrganizationAliases", "People", "Products", "Articles",
        "Mentions", "Figures", "Dates", "Quotes", "Links", "ImportFailures",
        "Operators", "ApiKeys", "Corrections", "FigureCorrections", "PersonAliases", "ClaimGradeOverrides",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<long> ExportAsync(Stream output, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        long rows = 0;
        foreach (var table in Tables)
        {
            var columns = Columns(table);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))} FROM \"{table}\" ORDER BY \"{Key(table).GetColumnName()}\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                await using (var w = new Utf8JsonWriter(output, WriterOptions))
                {
                    w.WriteStartObject();
                    w.WriteString("table", table);
                    w.WriteStartObject("row");
                    for (var i = 0; i < columns.Count; i++) WriteValue(w, columns[i].Name, reader.IsDBNull(i) ? null : ToDump(Read(reader, i, columns[i].Type), columns[i]));
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
        var typesByTable = new Dictionary<string, Dictionary<string, Column>>();
        while (await input.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            try
            {
                await InsertAsync(connection, tx, line, number, typesByTable, ct);
            }
            catch (Exception e) when (e is not (InvalidDataException or OperationCanceledException or OutOfMemoryException))
            {
                // A row the database or the parser refuses ends the restore with the line to look at; the
                // transaction is rolled back, so nothing is written.
                throw new InvalidDataException($"Ligne {number} : ligne refusée ({e.Message.TrimEnd('.')}).", e);
            }
            rows++;
        }
        var dialect = DatabaseDialect.Of(db);
        await dialect.IndexArticleTextAsync(connection, tx, null, ct);
        // Rows came back with their ids: move each generated id past them, or the next insert collides.
        foreach (var table in Tables.Where(t => Key(t).ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never))
            await dialect.ResetGeneratedIdAsync(connection, tx, table, ct);
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>
    /// A column with the type the provider stores (after value converters) and the converter itself.
    /// Instants are the one type the providers store differently (a packed integer on SQLite, a
    /// timestamptz on PostgreSQL): the dump always carries them as ISO 8601, so that a dump moves
    /// between the two.
    /// </summary>
    private async Task InsertAsync(DbConnection connection, DbTransaction tx, string line, int number, Dictionary<string, Dictionary<string, Column>> typesByTable, CancellationToken ct)
    {
        using var doc = JsonDocument.Parse(line);
        var table = doc.RootElement.GetProperty("table").GetString();
        if (table is null || !Tables.Contains(table))
            throw new InvalidDataException($"Ligne {number} : table inconnue « {table} ».");
        var columns = doc.RootElement.GetProperty("row").EnumerateObject().ToList();
        if (!typesByTable.TryGetValue(table, out var types))
            typesByTable[table] = types = Columns(table).ToDictionary(c => c.Name);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = types.TryGetValue(columns[i].Name, out var column) ? FromDump(columns[i].Value, column)
                : throw new InvalidDataException($"Ligne {number} : colonne inconnue « {columns[i].Name} » dans {table}.");
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The table's one-column key: rows are dumped in its order; a generated one is an identity to move on PostgreSQL.</summary>
    private Microsoft.EntityFrameworkCore.Metadata.IProperty Key(string table) =>
        db.Model.GetEntityTypes().Single(e => e.GetTableName() == table).FindPrimaryKey()!.Properties.Single();

    private sealed record Column(string Name, Type Type, ValueConverter? Converter)
    {
        public bool IsInstant => Converter?.ModelClrType is { } model && (Nullable.GetUnderlyingType(model) ?? model) == typeof(DateTimeOffset);
    }

    /// <summary>The table's columns in the model, each with the type the provider stores (after value converters).</summary>
    private List<Column> Columns(string table)
    {
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table);
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
        return entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(store)!,
                Nullable.GetUnderlyingType(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType) ?? p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType,
                p.GetTypeMapping().Converter))
            .OrderBy(c => c.Name == "Id" ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A stored value as the dump carries it: instants as DateTimeOffset whatever the provider.</summary>
    private static object ToDump(object value, Column column) =>
        column.IsInstant ? column.Converter!.ConvertFromProvider(value)! : value;

    /// <summary>A dump value as this provider stores it. A number for an instant is the packed form older SQLite dumps carry.</summary>
    private static object FromDump(JsonElement value, Column column)
    {
        if (!column.IsInstant && column.Type != typeof(DateTimeOffset)) return ReadValue(value, column.Type);
        if (value.ValueKind == JsonValueKind.Null) return DBNull.Value;
        var instant = value.ValueKind == JsonValueKind.Number
            ? (DateTimeOffset)PackedInstants.ConvertFromProvider(value.GetInt64())!
            : (DateTimeOffset)ReadValue(value, typeof(DateTimeOffset));
        return column.Converter is { } converter ? converter.ConvertToProvider(instant)! : instant;
    }

    private static readonly DateTimeOffsetToBinaryConverter PackedInstants = new();

    private static object Read(DbDataReader reader, int i, Type type) =>
        type == typeof(DateOnly) ? reader.GetFieldValue<DateOnly>(i)
        : type == typeof(DateTimeOffset) ? reader.GetFieldValue<DateTimeOffset>(i)
        : type == typeof(bool) ? reader.GetFieldValue<bool>(i)
        : reader.GetValue(i);

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
            case int n: w.WriteNumber(name, n); break;
            case bool b: w.WriteBoolean(name, b); break;
            case DateOnly d: w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateTimeOffset t: w.WriteString(name, t.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)); break;
            case double d: w.WriteNumber(name, d); break;
            case string s: w.WriteString(name, s); break;
            case byte[] b: w.WriteBase64String(name, b); break;
            default: w.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    private static object ReadValue(JsonElement value, Type type)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return value.ValueKind switch
        {
            JsonValueKind.Null => DBNull.Value,
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            JsonValueKind.Number when type == typeof(bool) => value.GetInt64() != 0,
            JsonValueKind.Number when type == typeof(int) => value.GetInt32(),
            JsonValueKind.Number when type == typeof(double) => value.GetDouble(),
            JsonValueKind.Number when value.TryGetInt64(out var l) => l,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when type == typeof(DateOnly) => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", invariant),
            JsonValueKind.String when type == typeof(DateTimeOffset) =>
                DateTimeOffset.Parse(value.GetString()!, invariant, System.Globalization.DateTimeStyles.RoundtripKind),
            JsonValueKind.String when type == typeof(byte[]) => value.GetBytesFromBase64(),
            JsonValueKind.String => value.GetString()!,
            _ => throw new InvalidDataException($"Valeur inattendue : {value}"),
        };
    }
}
