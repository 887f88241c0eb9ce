using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>Read, extract, store: one input at a time, each failure recorded with its reason.</summary>
public sealed class ArticleIngestor(TrackerDbContext db, TimeProvider clock)
{
    public async Task<IngestOutcome> IngestFileAsync(string path, int? sourceId, CancellationToken ct)
    {
        try
        {
            var document = FileLoader.Load(path);
            return await new ArticleWriter(db, clock).SaveAsync(document, new ArticleOrigin(path, SourceId: sourceId), ct);
        }
        catch (ArticleReadException e)
        {
            return await RecordFailureAsync(path, sourceId, e.Message, ct);
        }
        catch (DbUpdateException e)
        {
            return await RecordFailureAsync(path, sourceId, $"Écriture en base refusée : {e.InnerException?.Message ?? e.Message}", ct);
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
