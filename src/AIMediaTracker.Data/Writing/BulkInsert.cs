using AIMediaTracker.Data.Providers;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// All of a batch's rows of one table, for rows nothing reads back within the batch (an article's
/// mentions, figures, dates, quotes, links, about 70 per article; the ledger's claims and citations).
/// Values are those EF would write (<see cref="TableColumns"/>), so the rows are the same as
/// SaveChanges would store. Each provider inserts them its fastest way: <see cref="DatabaseDialect.BulkInsert"/>.
/// </summary>
public abstract class BulkInsert : IAsyncDisposable
{
    /// <summary>An insert into <paramref name="clrType"/>'s table, in the context's current transaction.</summary>
    public static BulkInsert For(TrackerDbContext db, Type clrType) => DatabaseDialect.Of(db).BulkInsert(db, new TableColumns(db, clrType));

    /// <summary>Inserts every row, in the context's current transaction.</summary>
    public abstract Task InsertAllAsync(IEnumerable<object> rows, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
