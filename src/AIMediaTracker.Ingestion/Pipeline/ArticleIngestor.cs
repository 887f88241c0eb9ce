using System.Data.Common;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>An input not read yet: how to read it and where it comes from.</summary>
public sealed record ArticleInput(Func<ArticleDocument> Read, ArticleOrigin Origin);

/// <summary>Read, extract, store, each failure recorded with its reason: one input, or many in batches.</summary>
public sealed class ArticleIngestor(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Articles per transaction in <see cref="IngestAllAsync"/>: enough that the commit's disk flush
    /// costs little per article, few enough that a crash loses a moment's work (the next run redoes it).
    /// Each claim lands at a random place in its table and its ten indexes, so a transaction dirties
    /// pages all over them and the commit writes each one to the WAL: about 6 000 pages per 50 articles
    /// at 10 000 articles. In bigger transactions a page several articles touch is written once (250:
    /// 28 000 pages per 500 articles instead of 61 000), and the bench's 10 000-article import went from
    /// 219–233 articles/s (50) to 251 (100), 251–291 (150) and 287–302 (250). Two batches are in memory
    /// while one is written, and the peak grew with them: 250 took it to 415–433 MB, over the 400 MB aim;
    /// 150 to 380–403, too close; 100 to 383.
    /// </summary>
    public const int BatchSize = 100;

    public Task<IngestOutcome> IngestFileAsync(string path, int? sourceId, CancellationToken ct)
    {
        var input = FileInput(path, sourceId);
        return StoreAsync(input.Read, input.Origin, ct);
    }

    /// <summary><see cref="IngestAllAsync"/> for files of a folder or a list.</summary>
    public Task IngestFilesAsync(IEnumerable<string> paths, int? sourceId, Action<IngestOutcome> done, CancellationToken ct) =>
        IngestAllAsync(paths.Select(p => FileInput(p, sourceId)), done, ct);

    private static ArticleInput FileInput(string path, int? sourceId) =>
        new(() => FileLoader.Load(path), new ArticleOrigin(path, SourceId: sourceId));

    /// <summary>
    /// Reads the document, then stores it in one transaction; an unreadable input or a refused
    /// write becomes a recorded failure instead of an exception. Every single input goes through here.
    /// </summary>
    public Task<IngestOutcome> StoreAsync(Func<ArticleDocument> read, ArticleOrigin origin, CancellationToken ct) =>
        StoreOneAsync(PreparedArticle.Read(read, origin), ct);

    /// <summary>
    /// Stores many inputs, <see cref="BatchSize"/> per transaction, calling <paramref name="done"/> for each
    /// in order once its batch is committed. While a batch is written, the next one is read, fingerprinted
    /// and extracted on the other cores. If the database refuses a batch, its articles are stored one by
    /// one, so a bad article fails alone, recorded, and the others are kept.
    /// </summary>
    public async Task IngestAllAsync(IEnumerable<ArticleInput> inputs, Action<IngestOutcome> done, CancellationToken ct)
    {
        using var pending = inputs.GetEnumerator();
        var next = Task.Run(() => PrepareBatch(pending, ct), ct);
        // One connection for the whole import (each batch's writer finds it open), so the import's own
        // settings (DatabaseDialect.BeforeImportAsync) hold from the first batch to the last.
        await db.Database.OpenConnectionAsync(ct);
        var dialect = DatabaseDialect.Of(db);
        var stored = false;
        try
        {
            await dialect.BeforeImportAsync(db, ct);
            while (await next is { Length: > 0 } batch)
            {
                next = Task.Run(() => PrepareBatch(pending, ct), ct);
                foreach (var outcome in await StoreBatchAsync(batch, ct)) done(outcome);
            }
            stored = true;
        }
        finally
        {
            // After a failure too: a connection that stays open (an in-memory database) must not keep the
            // import's settings. A failure of this step is reported only when the import itself succeeded.
            try { await dialect.AfterImportAsync(db, CancellationToken.None); }
            catch (Exception) when (!stored) { }
            await db.Database.CloseConnectionAsync();
            // The enumerator must not be disposed while the read-ahead still uses it. Its own failure, if
            // any, is either the one already thrown or about a batch nobody will store.
            try { await next; } catch (Exception) { }
        }
    }

    private static PreparedArticle[] PrepareBatch(IEnumerator<ArticleInput> pending, CancellationToken ct)
    {
        var inputs = new List<ArticleInput>(BatchSize);
        while (inputs.Count < BatchSize && pending.MoveNext()) inputs.Add(pending.Current);
        var prepared = new PreparedArticle[inputs.Count];
        // One core fewer than the machine has: the writing thread, the slower stage, keeps one to itself.
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.For(0, inputs.Count, options,
            i => prepared[i] = PreparedArticle.Read(inputs[i].Read, inputs[i].Origin));
        return prepared;
    }

    private async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(PreparedArticle[] batch, CancellationToken ct)
    {
        IReadOnlyList<IngestOutcome> saved;
        try
        {
            saved = await new ArticleWriter(db, clock).SaveAllAsync(batch, ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            var alone = new List<IngestOutcome>(batch.Length);
            foreach (var prepared in batch) alone.Add(await StoreOneAsync(prepared, ct));
            return alone;
        }
        var outcomes = new List<IngestOutcome>(batch.Length);
        foreach (var (prepared, outcome) in batch.Zip(saved))
            outcomes.Add(prepared.ReadFailure is { } reason ? await RecordFailureAsync(prepared.Origin.Location, prepared.Origin.SourceId, reason, ct) : outcome);
        return outcomes;
    }

    private async Task<IngestOutcome> StoreOneAsync(PreparedArticle prepared, CancellationToken ct)
    {
        var origin = prepared.Origin;
        if (prepared.ReadFailure is { } reason) return await RecordFailureAsync(origin.Location, origin.SourceId, reason, ct);
        try
        {
            return (await new ArticleWriter(db, clock).SaveAllAsync([prepared], ct))[0];
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            return await RecordFailureAsync(origin.Location, origin.SourceId, $"Écriture en base refusée : {e.InnerException?.Message ?? e.Message}", ct);
        }
    }

    public async Task<IngestOutcome> RecordFailureAsync(string location, int? sourceId, string reason, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.ImportFailures.Add(new ImportFailure { Location = location, SourceId = sourceId, Reason = reason, At = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return IngestOutcome.Failed(location, reason);
    }
}
