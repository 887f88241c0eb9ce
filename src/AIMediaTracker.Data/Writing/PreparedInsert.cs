using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// One table's INSERT of one row that returns its generated key, prepared once and run for every
/// row of a batch, in the context's transaction. EF's SaveChanges writes a new SQL text for each call,
/// which SQLite must compile again, triggers included. Used for the rows whose keys the batch needs
/// (articles, new organisations, people, products); rows nothing points to go through
/// <see cref="BulkInsert"/>.
/// </summary>
public sealed class PreparedInsert : IAsyncDisposable
{
    private readonly TableColumns table;
    private readonly DbCommand command;

    public PreparedInsert(TrackerDbContext db, Type clrType)
    {
        table = new TableColumns(db, clrType);
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var column in table.Columns)
            command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{command.Parameters.Count}", null, column.Property.IsNullable));
        command.CommandText = $"INSERT INTO {table.Table} ({table.ColumnList}) "
            + $"VALUES ({string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => p.ParameterName))})"
            + (table.GeneratedKey is null ? "" : $" RETURNING {table.GeneratedKey}");
    }

    /// <summary>Inserts the row; returns the key the database generated, if the table has one.</summary>
    public async Task<int?> InsertAsync(object row, CancellationToken ct)
    {
        for (var i = 0; i < table.Columns.Count; i++)
            command.Parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
        if (table.GeneratedKey is null)
        {
            await command.ExecuteNonQueryAsync(ct);
            return null;
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
