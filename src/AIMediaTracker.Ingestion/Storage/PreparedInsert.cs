using System.Data.Common;
using AIMediaTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// One table's INSERT, prepared once and run for every row of a batch, in the context's transaction.
/// EF's SaveChanges writes a new SQL text for each call, which SQLite must compile again, triggers
/// included: with a few rows per article that compilation was most of an import's time. Rows whose
/// generated key nobody needs go <see cref="RowsPerStatement"/> to a statement.
/// Table, columns and value conversions come from the EF model, so the rows are the ones EF writes.
/// </summary>
internal sealed class PreparedInsert : IAsyncDisposable
{
    /// <summary>Rows per multi-row statement: well under both SQLite's and PostgreSQL's parameter limits.</summary>
    public const int RowsPerStatement = 32;

    private readonly List<(IProperty Column, IClrPropertyGetter Get, ValueConverter? Convert, RelationalTypeMapping Mapping)> columns = [];
    private readonly IProperty? generatedKey;
    private readonly string head;
    private readonly DbCommand single;
    private DbCommand? many;
    private readonly Func<DbCommand> newCommand;

    public PreparedInsert(TrackerDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new ArgumentException($"{clrType.Name} n'est pas une entité du modèle.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties;
        generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } k] ? k : null;
        foreach (var property in entity.GetProperties().Where(p => p != generatedKey))
        {
            var mapping = property.GetRelationalTypeMapping();
            columns.Add((property, property.GetGetter(), mapping.Converter, mapping));
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column.GetColumnName(table)!)))}) VALUES ";
        var returning = generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        newCommand = () => { var c = connection.CreateCommand(); c.Transaction = transaction; return c; };
        single = Command(1, returning);
    }

    /// <summary>Inserts the row; returns the key the database generated, if the table has one.</summary>
    public async Task<int?> InsertAsync(object row, CancellationToken ct)
    {
        Bind(single, 0, row);
        if (generatedKey is null)
        {
            await single.ExecuteNonQueryAsync(ct);
            return null;
        }
        return Convert.ToInt32(await single.ExecuteScalarAsync(ct));
    }

    /// <summary>Inserts the rows, in order, without reading back their generated keys.</summary>
    public async Task InsertAllAsync(IReadOnlyList<object> rows, CancellationToken ct)
    {
        var i = 0;
        if (rows.Count >= RowsPerStatement)
        {
            many ??= Command(RowsPerStatement, "");
            for (; i + RowsPerStatement <= rows.Count; i += RowsPerStatement)
            {
                for (var r = 0; r < RowsPerStatement; r++) Bind(many, r, rows[i + r]);
                await many.ExecuteNonQueryAsync(ct);
            }
        }
        for (; i < rows.Count; i++) await InsertAsync(rows[i], ct);
    }

    private DbCommand Command(int rows, string returning)
    {
        var command = newCommand();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>(columns.Count);
            foreach (var (column, _, _, mapping) in columns)
            {
                var name = $"@p{command.Parameters.Count}";
                command.Parameters.Add(mapping.CreateParameter(command, name, null, column.IsNullable));
                names.Add(name);
            }
            values.Add($"({string.Join(", ", names)})");
        }
        command.CommandText = head + string.Join(", ", values) + returning;
        return command;
    }

    private void Bind(DbCommand command, int row, object entity)
    {
        var offset = row * columns.Count;
        for (var i = 0; i < columns.Count; i++)
        {
            var (_, get, convert, _) = columns[i];
            var value = get.GetClrValue(entity);
            command.Parameters[offset + i].Value = (value is null ? null : convert is null ? value : convert.ConvertToProvider(value)) ?? DBNull.Value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await single.DisposeAsync();
        if (many is not null) await many.DisposeAsync();
    }
}
