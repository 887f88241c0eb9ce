using AIMediaTracker.Core.Content;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// Id and simhash of every original (a copy of a copy links to the first article), oldest first, in
/// memory: reading them all from the table at each article made an import quadratic. Each batch first
/// reads the originals stored since the last one by any other process (<see cref="CatchUpAsync"/>), then
/// adds its own as it stores them (<see cref="Add"/>). Where ids are committed in increasing order
/// (<see cref="DatabaseDialect.CommitsIdsInOrder"/>: SQLite writes one transaction at a time), none is missed.
/// Elsewhere (PostgreSQL), with two processes writing at once, an original can commit after a higher id was
/// read. There each catch-up re-reads a window of recent ids below the last seen (<see cref="LateCommitWindow"/>)
/// and adds those it does not know yet.
/// Articles are never deleted nor turned into copies after they are stored, so an indexed original stays one.
/// </summary>
internal sealed class OriginalsIndex
{
    private readonly List<int> ids = [];
    private readonly List<long> simHashes = [];
    // Read (or computed from the text, for an original without a stored one) the first time an original
    // passes the simhash filter, or given by Add.
    private readonly List<ShingleSketch?> sketches = [];
    private readonly HashSet<int> indexed = [];
    // Sketches known here but not stored yet: see SaveSketchesAsync.
    private readonly List<(int Id, ShingleSketch Sketch)> unsaved = [];
    private int lastId;

    /// <summary>How far below the last seen id a PostgreSQL catch-up looks for originals committed late.</summary>
    internal const int LateCommitWindow = 1000;

    /// <summary>The oldest original whose text resembles <paramref name="text"/>, as ContentFingerprint decides.</summary>
    public async Task<int?> FindAsync(TrackerDbContext db, string text, long simHash, ShingleSketch sketch, CancellationToken ct)
    {
        var candidates = new List<int>();
        for (var i = 0; i < ids.Count; i++)
            if (ContentFingerprint.IsCandidate(simHashes[i], simHash)) candidates.Add(i);
        await ReadStoredSketchesAsync(db, candidates.Where(i => sketches[i] is null).ToList(), ct);
        foreach (var i in candidates)
        {
            string? other = null;
            if (sketches[i] is null)
            {
                // An original stored before sketches were kept, or under another version: once, then kept.
                other = await TextAsync(db, ids[i], ct);
                if (other is null) continue;
                sketches[i] = ShingleSketch.Of(other);
                unsaved.Add((ids[i], sketches[i]!));
            }
            if (sketch.UpperBound(sketches[i]!) < ContentFingerprint.NearDuplicateResemblance) continue;
            other ??= await TextAsync(db, ids[i], ct);
            if (other is not null && ContentFingerprint.Resemblance(text, other) >= ContentFingerprint.NearDuplicateResemblance) return ids[i];
        }
        return null;
    }

    /// <summary>
    /// An original this context has just stored (its transaction may still be open), with its sketch so
    /// its text need not be read back.
    /// </summary>
    public void Add(int id, long simHash, ShingleSketch sketch)
    {
        Index(id, simHash, sketch);
        unsaved.Add((id, sketch));
        lastId = Math.Max(lastId, id);
    }

    /// <summary>
    /// Stores the sketches of the originals added and of those computed from their text since the last
    /// call, in the batch's transaction, replacing a stored sketch of another version. By id, so two
    /// PostgreSQL writers filling the same old originals take their rows' locks in one order.
    /// </summary>
    public async Task SaveSketchesAsync(TrackerDbContext db, CancellationToken ct)
    {
        foreach (var (id, sketch) in unsaved.OrderBy(u => u.Id))
        {
            await ArticleSketchWriter.UpsertAsync(db, id, ShingleSketch.Version, sketch.Buckets.ToArray(), sketch.Shingles, ct);
        }
        unsaved.Clear();
    }

    private void Index(int id, long simHash, ShingleSketch? sketch)
    {
        if (!indexed.Add(id)) return;
        ids.Add(id);
        simHashes.Add(simHash);
        sketches.Add(sketch);
    }

    /// <summary>Reads the originals other writers stored since the last catch-up. In the batch's transaction, before its first search.</summary>
    public async Task CatchUpAsync(TrackerDbContext db, CancellationToken ct)
    {
        var from = DatabaseDialect.Of(db).CommitsIdsInOrder ? lastId : Math.Max(0, lastId - LateCommitWindow);
        var added = await db.Articles.Where(a => a.DuplicateOfId == null && a.Id > from).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.SimHash }).ToListAsync(ct);
        foreach (var a in added) Index(a.Id, a.SimHash, sketch: null);
        if (added.Count > 0) lastId = Math.Max(lastId, added[^1].Id);
    }

    /// <summary>The stored sketches of these originals (positions in the index), in one read.</summary>
    private async Task ReadStoredSketchesAsync(TrackerDbContext db, List<int> missing, CancellationToken ct)
    {
        if (missing.Count == 0) return;
        var wanted = missing.Select(i => ids[i]).ToList();
        var stored = await db.ArticleSketches.Where(s => EF.Parameter(wanted).Contains(s.ArticleId) && s.Version == ShingleSketch.Version)
            .Select(s => new { s.ArticleId, s.Buckets, s.Shingles }).ToDictionaryAsync(s => s.ArticleId, ct);
        foreach (var i in missing)
            if (stored.TryGetValue(ids[i], out var row)) sketches[i] = ShingleSketch.FromStored(row.Buckets, row.Shingles);
    }

    // Null only if the article was deleted since it was indexed.
    private static Task<string?> TextAsync(TrackerDbContext db, int id, CancellationToken ct) =>
        db.Articles.Where(a => a.Id == id).Select(a => a.Text).FirstOrDefaultAsync(ct);
}
