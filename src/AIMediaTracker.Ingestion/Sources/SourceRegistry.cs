using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>Finds or creates the source row an import belongs to.</summary>
public sealed class SourceRegistry(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Source> FolderAsync(string folder, CancellationToken ct)
    {
        var url = "file://" + Path.GetFullPath(folder).TrimEnd('/') + "/";
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct);
        if (source is not null) return source;
        source = new Source { Kind = SourceKind.Files, Name = Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), Url = url, CreatedAt = clock.GetUtcNow() };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }
}
