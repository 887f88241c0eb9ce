using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>Finds or creates the source row an import belongs to.</summary>
public sealed class SourceRegistry(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Source> FolderAsync(string folder, CancellationToken ct)
    {
        var url = "file://" + Path.GetFullPath(folder).TrimEnd('/') + "/";
        return await SourceRows.InsertOrGetAsync(db,
            new Source { Kind = SourceKind.Files, Name = Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), Url = url, CreatedAt = clock.GetUtcNow() }, ct);
    }
}
