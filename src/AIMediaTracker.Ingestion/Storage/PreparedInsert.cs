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
/// included: with a few rows per article that compilation was most of an import's time. One row per
/// statement: Microsoft.Data.Sqlite binds parameters by name at each run, and with the hundreds of
/// parameters of a multi-row INSERT that lookup cost more than the statements it saved.
/// Table, columns and value conversions come from the EF model, so the rows are the ones EF writes.
/// </summary>
internal sealed class PreparedInsert : IAsyncDisposable
{
    private readonly List<(IProperty Column, IClrPropertyGetter Get, ValueConverter? Convert)> columns = [];
    private readonly IProperty? generatedKey;
    private readonly DbCommand command;

    public PreparedInsert(TrackerDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new ArgumentException($"{clrType.Name} n'est pas une entité du modèle.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties;
        generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } k] ? k : null;
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var property in entity.GetProperties().Where(p => p != generatedKey))
        {
            var mapping = property.GetRelationalTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, $"@p{columns.Count}", null, property.IsNullable));
            columns.Add((property, property.GetGetter(), mapping.Converter));
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => p.ParameterName))})"
            + (generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}");
    }

    /// <summary>Inserts the row; returns the key the database generated, if the table has one.</summary>
    public async Task<int?> InsertAsync(object row, CancellationToken ct)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var (_, get, convert) = columns[i];
            var value = get.GetClrValue(row);
            command.Parameters[i].Value = (value is null ? null : convert is null ? value : convert.ConvertToProvider(value)) ?? DBNull.Value;
        }
        if (generatedKey is null)
        {
            await command.ExecuteNonQueryAsync(ct);
            return null;
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
