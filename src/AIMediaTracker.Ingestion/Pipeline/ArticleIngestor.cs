using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>Read, extract, store: one input at a time, each failure recorded with its reason.</summary>
public sealed class ArticleIngestor(TrackerDbContext db, TimeProvider clock)
{
    public Task<IngestOutcome> IngestFileAsync(string path, int? sourceId, CancellationToken ct) =>
        StoreAsync(() => FileLoader.Load(path), new ArticleOrigin(path, SourceId: sourceId), ct);

    /// <summary>
    /// Reads the document, then stores it in one transaction; an unreadable input or a refused
    /// write becomes a recorded failure instead of an exception. Every source goes through here.
    /// </summary>
    public async Task<IngestOutcome> StoreAsync(Func<ArticleDocument> read, ArticleOrigin origin, CancellationToken ct)
    {
        try
        {
            return await new ArticleWriter(db, clock).SaveAsync(read(), origin, ct);
        }
        catch (ArticleReadException e)
        {
            return await RecordFailureAsync(origin.Location, origin.SourceId, e.Message, ct);
        }
        catch (DbUpdateException e)
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
