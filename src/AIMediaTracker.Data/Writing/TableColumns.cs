using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// What EF writes for one entity type, read from its model: the table, the columns it fills (all but
/// a database-generated key) with their values as the provider stores them, and that generated key.
/// The hand-written INSERTs use it so their rows are the ones SaveChanges would write.
/// </summary>
public sealed class TableColumns
{
    public sealed record Column(IProperty Property, string Name, string StoreType, RelationalTypeMapping Mapping,
        IClrPropertyGetter Get, ValueConverter? Convert)
    {
        /// <summary>The row's value for this column, converted as EF converts it; null for SQL NULL.</summary>
        public object? ValueOf(object row) => Get.GetClrValue(row) is { } value ? Convert is null ? value : Convert.ConvertToProvider(value) : null;
    }

    /// <summary>The delimited table name.</summary>
    public string Table { get; }
    public IReadOnlyList<Column> Columns { get; }
    /// <summary>The delimited name of the key the database generates, if the table has one.</summary>
    public string? GeneratedKey { get; }

    public TableColumns(TrackerDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new ArgumentException($"{clrType.Name} n'est pas une entité du modèle.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } k] ? k : null;
        Table = sql.DelimitIdentifier(table.Name, table.Schema);
        GeneratedKey = generated is null ? null : sql.DelimitIdentifier(generated.GetColumnName(table)!);
        Columns = entity.GetProperties().Where(p => p != generated).Select(p =>
        {
            var mapping = p.GetRelationalTypeMapping();
            return new Column(p, sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetColumnType(table), mapping, p.GetGetter(), mapping.Converter);
        }).ToList();
    }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>Whether two rows would be written with the same value in every column.</summary>
    public bool SameValues(object a, object b) => Columns.All(c => Equals(c.ValueOf(a), c.ValueOf(b)));
}
