namespace AIMediaTracker.Data.Providers;

/// <summary>
/// What an import of many batches sets up on the connection it keeps open (<see cref="DatabaseDialect.BeginImportAsync"/>),
/// does between two of its batches, when no transaction is open, and undoes at the end (dispose), after
/// its last batch or its failure. PostgreSQL needs none of it.
/// </summary>
public class ImportSession : IAsyncDisposable
{
    public static readonly ImportSession None = new();

    public virtual Task BetweenBatchesAsync(CancellationToken ct) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
