using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Keeps the Claims and ClaimCitations tables equal to what grouping every figure would give, in the
/// transaction of the write that changed the figures. Each write names what it touched (new figures,
/// the claims of a re-extracted article, an organisation merged away); the ledger reloads those
/// claims whole, adds the claims in the same bucket whose values the changed figures reach, groups
/// that set again and replaces it. A claim is a run of values 0.5 % apart, so a changed figure can
/// only join or split the claims it touches: nothing further has to move.
/// </summary>
public sealed class ClaimLedger(TrackerDbContext db)
{
    /// <summary>The last organisation alias, before a write that may add some: see <see cref="RefreshArticlesAsync"/>.</summary>
    public Task<int> AliasMarkAsync(CancellationToken ct) => db.OrganizationAliases.MaxAsync(a => (int?)a.Id, ct).ContinueWith(t => t.Result ?? 0, ct);

    /// <summary>
    /// After an import: the articles' new figures join the ledger. Claims whose source was only text
    /// until an alias added since <paramref name="aliasMark"/> named an organisation are regrouped too.
    /// </summary>
    public async Task RefreshArticlesAsync(IReadOnlyCollection<int> articleIds, int aliasMark, CancellationToken ct)
    {
        var keys = await db.OrganizationAliases.Where(a => a.Id > aliasMark).Select(a => a.Key).Distinct().ToListAsync(ct);
        var claims = keys.Count == 0 ? [] : await db.Claims
            .Where(c => (c.AttributionKey != null && EF.Parameter(keys).Contains(c.AttributionKey)) || (c.SubjectKey != null && EF.Parameter(keys).Contains(c.SubjectKey)))
            .Select(c => c.Id).ToListAsync(ct);
        var figures = articleIds.Count == 0 ? [] : await db.Figures.Where(f => EF.Parameter(articleIds).Contains(f.ArticleId)).Select(f => f.Id).ToListAsync(ct);
        // The append and the regrouping read the same buckets' claims: once, for both.
        var ranges = new ClaimRanges(db);
        var appended = await new ClaimAppends(db, ranges).AppendAsync(figures, claims, ct);
        await RefreshAsync(claims, figures.Where(id => !appended.Contains(id)).ToList(), ct, ranges);
    }

    /// <summary>The claims an article's figures cite, read before its figures are deleted.</summary>
    public Task<List<long>> ClaimsOfArticleAsync(int articleId, CancellationToken ct) =>
        db.ClaimCitations.Where(c => c.ArticleId == articleId).Select(c => c.ClaimId).Distinct().ToListAsync(ct);

    /// <summary>After re-extraction: the article's old claims (<see cref="ClaimsOfArticleAsync"/>) and its new figures.</summary>
    public async Task RefreshArticleAsync(int articleId, IReadOnlyCollection<long> formerClaims, CancellationToken ct) =>
        await RefreshAsync(formerClaims, await db.Figures.Where(f => f.ArticleId == articleId).Select(f => f.Id).ToListAsync(ct), ct);

    /// <summary>After figures changed in place (an operator changed a kind): they leave their claims and join others.</summary>
    public Task RefreshFiguresAsync(IReadOnlyCollection<long> figureIds, CancellationToken ct) => RefreshAsync([], figureIds, ct);

    /// <summary>Deletes figures (an operator rejected them) and regroups the claims they cited.</summary>
    public async Task DeleteFiguresAsync(IReadOnlyCollection<long> figureIds, CancellationToken ct)
    {
        var claims = await db.ClaimCitations.Where(c => EF.Parameter(figureIds).Contains(c.FigureId)).Select(c => c.ClaimId).Distinct().ToListAsync(ct);
        await db.Figures.Where(f => EF.Parameter(figureIds).Contains(f.Id)).ExecuteDeleteAsync(ct);
        await RefreshAsync(claims, [], ct);
    }

    /// <summary>After a merge or rename: the claims whose source is, or is spelt like, these organisations.</summary>
    public async Task RefreshOrganizationsAsync(IReadOnlyCollection<int> organizationIds, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var claims = await db.Claims.Where(c =>
                (c.AttributionOrganizationId != null && EF.Parameter(organizationIds).Contains(c.AttributionOrganizationId.Value))
                || (c.SubjectOrganizationId != null && EF.Parameter(organizationIds).Contains(c.SubjectOrganizationId.Value))
                || (c.AttributionKey != null && EF.Parameter(keys).Contains(c.AttributionKey)) || (c.SubjectKey != null && EF.Parameter(keys).Contains(c.SubjectKey)))
            .Select(c => c.Id).ToListAsync(ct);
        await RefreshAsync(claims, [], ct);
    }

    /// <summary>How many figures a rebuild groups at a time, about: see <see cref="RebuildAsync(int, CancellationToken)"/>.</summary>
    public const int FiguresPerRebuildPart = 100_000;

    /// <summary>Empties the ledger and groups every figure again (a new database, a changed grouping rule, the tests' reference).</summary>
    public Task RebuildAsync(CancellationToken ct) => RebuildAsync(FiguresPerRebuildPart, ct);

    /// <summary>
    /// <see cref="RebuildAsync(CancellationToken)"/>, grouping about <paramref name="figuresPerPart"/> figures at a time.
    /// Claims never cross buckets, so a part is a share of the buckets, whole: grouped at once, the 1.16 million figures
    /// of a 100 000-article base, their claims and the sentences that grade them took 1.5 GB. Returns how many parts.
    /// </summary>
    public async Task<int> RebuildAsync(int figuresPerPart, CancellationToken ct)
    {
        await db.ClaimCitations.ExecuteDeleteAsync(ct);
        await db.Claims.ExecuteDeleteAsync(ct);
        await db.ClaimTallies.ExecuteDeleteAsync(ct);
        var buckets = await ClaimBuckets.AllAsync(db, ct);
        var parts = await BucketPartsAsync(buckets, figuresPerPart, ct);
        foreach (var part in parts)
        {
            var figures = await LedgerFigures.Eligible(db.Figures.Where(f => EF.Parameter(part).Contains(f.Id))).ToListAsync(ct);
            await WriteAsync(figures, buckets, StoredClaims.None, ct);
        }
        // Coverage counts are derived at write time too, and a restored dump may come from before them.
        await new CoverageCounts(db).RecountAsync(null, null, ct);
        return parts.Count;
    }

    // The eligible figures' ids, split by their bucket into parts of about figuresPerPart: read as a stream, only the
    // ids are held.
    private async Task<List<List<long>>> BucketPartsAsync(ClaimBuckets buckets, int figuresPerPart, CancellationToken ct)
    {
        var figures = new List<(long Id, int Hash)>();
        await foreach (var f in LedgerFigures.Eligible(db.Figures).AsAsyncEnumerable().WithCancellation(ct))
            figures.Add((f.Id, StableHash(buckets.BucketOf(f))));
        var count = Math.Max(1, (figures.Count + figuresPerPart - 1) / Math.Max(1, figuresPerPart));
        var parts = Enumerable.Range(0, count).Select(_ => new List<long>()).ToList();
        foreach (var (id, hash) in figures) parts[(int)((uint)hash % (uint)count)].Add(id);
        return parts.Where(p => p.Count > 0).ToList();
    }

    // FNV-1a: string hashes change from one process to the next, and a rebuild's parts should not.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    /// <summary>
    /// At start-up: rebuilds the ledger when it was built under other rules (its stamp is not
    /// <see cref="LedgerStamp.Current"/>), or is missing from a database that has figures (one from
    /// before the ledger, or just restored), in one transaction, so the screens never read half a
    /// ledger. Returns whether it did.
    /// </summary>
    public async Task<bool> BuildIfStaleAsync(CancellationToken ct)
    {
        var stored = await db.LedgerStates.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Stamp).FirstOrDefaultAsync(ct);
        var missing = !await db.Claims.AnyAsync(ct) && await LedgerFigures.Eligible(db.Figures).AnyAsync(ct);
        if (stored == LedgerStamp.Current && !missing) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await RebuildAsync(ct);
        await db.LedgerStates.Where(s => s.Id == 1).ExecuteDeleteAsync(ct);
        db.LedgerStates.Add(new LedgerState { Id = 1, Stamp = LedgerStamp.Current });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    // Every list goes to the database as one JSON parameter (EF.Parameter): as one SQL parameter per
    // item, SQLite binds each by name through a linear search, and a batch's figure lists made import
    // quadratic in the batch size (174 articles/s at 1 000 articles, most of it in the ledger).
    private async Task RefreshAsync(IReadOnlyCollection<long> seedClaims, IReadOnlyCollection<long> changedFigures, CancellationToken ct,
        ClaimRanges? ranges = null)
    {
        ranges ??= new ClaimRanges(db);
        var claimIds = new HashSet<long>(seedClaims);
        var figureIds = new HashSet<long>(changedFigures);
        // A changed figure leaves the claim it cited: that claim is regrouped too.
        if (figureIds.Count > 0)
        {
            var changed = figureIds.ToList();
            claimIds.UnionWith(await db.ClaimCitations.Where(c => EF.Parameter(changed).Contains(c.FigureId)).Select(c => c.ClaimId).Distinct().ToListAsync(ct));
        }
        var figures = new Dictionary<long, LedgerFigure>();
        // Ineligible figures (kind "other", near-duplicates) are asked for once, not on every pass.
        var loaded = new HashSet<long>();
        var newClaims = claimIds.ToList();
        ClaimBuckets buckets;
        while (true)
        {
            if (newClaims.Count > 0)
                figureIds.UnionWith(await db.ClaimCitations.Where(c => EF.Parameter(newClaims).Contains(c.ClaimId)).Select(c => c.FigureId).ToListAsync(ct));
            var toLoad = figureIds.Where(loaded.Add).ToList();
            if (toLoad.Count > 0)
                foreach (var f in await LedgerFigures.Eligible(db.Figures.Where(f => EF.Parameter(toLoad).Contains(f.Id))).ToListAsync(ct)) figures[f.Id] = f;
            buckets = await ClaimBuckets.ForAsync(db, figures.Values, ct);
            foreach (var f in figures.Values) f.Bucket = buckets.BucketOf(f);
            newClaims = (await TouchedClaimsAsync(ranges, figures.Values, ct)).Where(claimIds.Add).ToList();
            if (newClaims.Count == 0) break;
        }
        if (claimIds.Count == 0 && figures.Count == 0) return;
        var (claimList, figureList) = (claimIds.ToList(), figureIds.ToList());
        // The claims as stored, and every citation of their figures: each claim's figures were loaded above.
        var stored = new StoredClaims(
            await db.Claims.AsNoTracking().Where(c => EF.Parameter(claimList).Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct),
            await db.ClaimCitations.AsNoTracking().Where(c => EF.Parameter(claimList).Contains(c.ClaimId) || EF.Parameter(figureList).Contains(c.FigureId))
                .ToDictionaryAsync(c => c.FigureId, ct));
        await WriteAsync(figures.Values.ToList(), buckets, stored, ct);
    }

    /// <summary>The stored claims, in the figures' buckets, that one of their values reaches.</summary>
    private static async Task<List<long>> TouchedClaimsAsync(ClaimRanges ranges, ICollection<LedgerFigure> figures, CancellationToken ct)
    {
        var stored = await ranges.NearAsync(figures.Select(f => (f.Bucket, f.Value)), ct);
        var byBucket = figures.ToLookup(f => f.Bucket, f => f.Value);
        // A little wider than the tolerance: loading one claim too many only regroups it unchanged.
        return stored.Where(c => byBucket[c.Bucket].Any(v => v <= c.MaxValue * 1.01 && v * 1.01 >= c.MinValue)).Select(c => c.Id).ToList();
    }

    private async Task WriteAsync(List<LedgerFigure> figures, ClaimBuckets buckets, StoredClaims stored, CancellationToken ct)
    {
        foreach (var f in figures) f.Bucket = buckets.BucketOf(f);
        var grouped = figures.Count == 0 ? [] : ClaimGrouping.Group(figures, buckets);
        await ClaimGrades.GradeAsync(db, grouped, ct);
        var change = LedgerChange.Between(stored, grouped, new TableColumns(db, typeof(Claim)), new TableColumns(db, typeof(ClaimCitation)));
        var updated = change.Updated.Select(c => c.Id).ToList();
        await ClaimTallies.ShiftAsync(db, [.. change.Deleted, .. updated], -1, ct);
        var (citationsDeleted, claimsDeleted) = (change.CitationsDeleted, change.Deleted);
        if (citationsDeleted.Count > 0) await db.ClaimCitations.Where(c => EF.Parameter(citationsDeleted).Contains(c.FigureId)).ExecuteDeleteAsync(ct);
        if (claimsDeleted.Count > 0) await db.Claims.Where(c => EF.Parameter(claimsDeleted).Contains(c.Id)).ExecuteDeleteAsync(ct);
        await ClaimRowUpdates.SaveAsync(db, change.Updated, ct, stored.Claims);
        await using (var claims = BulkInsert.For(db, typeof(Claim))) await claims.InsertAllAsync(change.Inserted, ct);
        await ClaimTallies.ShiftAsync(db, [.. updated, .. change.Inserted.Select(c => c.Id)], +1, ct);
        await using var citations = BulkInsert.For(db, typeof(ClaimCitation));
        await citations.InsertAllAsync(change.CitationsInserted, ct);
    }
}
