using System.Data.Common;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// The records of one article, written by one prepared INSERT per table. EF's SQLite provider sends
/// one command per row, and with about 70 rows an article that was most of an import's time.
/// Table, columns and value conversions come from the EF model, so the rows are the ones EF writes.
/// </summary>
internal sealed class ArticleRecords
{
    public List<Mention> Mentions { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Link> Links { get; } = [];

    /// <summary>In the context's current transaction, after SaveChanges gave ids to the article and the entities it names.</summary>
    public async Task InsertAsync(TrackerDbContext db, int articleId, CancellationToken ct)
    {
        foreach (var m in Mentions)
        {
            m.ArticleId = articleId;
            m.OrganizationId = m.Organization?.Id;
            m.PersonId = m.Person?.Id;
            m.ProductId = m.Product?.Id;
        }
        foreach (var q in Quotes)
        {
            q.ArticleId = articleId;
            q.PersonId = q.Person?.Id;
            q.OrganizationId = q.Organization?.Id;
        }
        foreach (var f in Figures) f.ArticleId = articleId;
        foreach (var d in Dates) d.ArticleId = articleId;
        foreach (var l in Links) l.ArticleId = articleId;

        await InsertRowsAsync(db, Mentions, ct);
        await InsertRowsAsync(db, Figures, ct);
        await InsertRowsAsync(db, Dates, ct);
        await InsertRowsAsync(db, Quotes, ct);
        await InsertRowsAsync(db, Links, ct);
    }

    private static async Task InsertRowsAsync<T>(TrackerDbContext db, List<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Every column but the generated key, which SQLite assigns.
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                command.Parameters.Add(column.GetRelationalTypeMapping()
                    .CreateParameter(command, "@p" + i, column.GetGetter().GetClrValue(row), column.IsNullable));
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
