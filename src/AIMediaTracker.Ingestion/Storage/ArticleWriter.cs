using System.Runtime.CompilerServices;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// Stores articles and all their records, a batch in a single transaction, so a failure or a crash
/// leaves the database as it was before that batch.
/// </summary>
public sealed class ArticleWriter(TrackerDbContext db, TimeProvider clock)
{
    // One index per context, not per writer: ArticleIngestor makes a writer for each batch but keeps
    // its context for the whole import, and the index must outlive the writer to save the reload.
    private static readonly ConditionalWeakTable<TrackerDbContext, OriginalsIndex> Indexes = new();

    public async Task<IngestOutcome> SaveAsync(ArticleDocument document, ArticleOrigin origin, CancellationToken ct) =>
        (await SaveAllAsync([PreparedArticle.Of(document, origin)], ct))[0];

    /// <summary>
    /// One outcome per article, in order. All or nothing: if any write is refused, nothing of the batch
    /// is stored and the exception is thrown (the caller may then store each article alone).
    /// An article that could not be read is not stored: the caller records its failure.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> SaveAllAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct)
    {
        // One open connection for the whole batch: EF would otherwise open and close one per query.
        await db.Database.OpenConnectionAsync(ct);
        // Every change is made through the context (Add, or EntityResolver's explicit detection): scanning
        // every tracked entity at each SaveChanges grew with the batch and cost more than the inserts.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try { return await SaveOpenAsync(articles, ct); }
        catch
        {
            // The index may hold ids of rows the rollback removed, which a later insert could reuse.
            Indexes.Remove(db);
            throw;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<IngestOutcome>> SaveOpenAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct)
    {
        var outcomes = new IngestOutcome[articles.Count];
        var readable = articles.Where(a => a.ReadFailure is null).ToList();
        var now = clock.GetUtcNow();
        // Lookups inside the transaction too: on SQLite it holds the write lock, so no other writer
        // can store one of these articles or entities between the lookup and the insert.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var inserts = new BatchInserts(db);
        var stored = await StoredAsync(readable, ct);
        var ledger = new ClaimLedger(db);
        var aliasMark = await ledger.AliasMarkAsync(ct);
        var index = Indexes.GetValue(db, _ => new OriginalsIndex());
        await index.CatchUpAsync(db, ct);
        // One resolver for the batch: an organisation named by ten articles is looked up once.
        var resolver = new EntityResolver(db);
        var batchRecords = new List<ArticleRecords>();
        var inserted = new List<int>();
        await resolver.PrefetchAsync(readable.Select(a => (a.Facts!, a.Text!)), ct);
        for (var i = 0; i < articles.Count; i++)
        {
            var prepared = articles[i];
            if (prepared.ReadFailure is not null)
            {
                outcomes[i] = IngestOutcome.Failed(prepared.Origin.Location, prepared.ReadFailure);
                continue;
            }
            if (stored.Find(prepared) is int sameId)
            {
                outcomes[i] = new IngestOutcome(prepared.Origin.Location, IngestStatus.Unchanged, sameId);
                continue;
            }
            var original = await index.FindAsync(db, prepared.FullText, prepared.Fingerprint!.SimHash, prepared.Sketch!, ct);
            var article = NewArticle(prepared, original, now);
            db.Articles.Add(article);
            // A near-duplicate keeps its text and its link to the first copy, but no records of its own:
            // its facts are the first copy's and must not be counted twice.
            var records = original is null
                ? await new RecordWriter(db, resolver).PrepareAsync(0, prepared.Text!, prepared.Facts!, ct)
                : null;
            await inserts.SaveTrackedAsync(ct);
            if (records is not null)
            {
                records.Attach(article.Id);
                batchRecords.Add(records);
            }
            // The next article of the batch may be a copy of this one.
            if (original is null) index.Add(article.Id, article.SimHash, prepared.Sketch!);
            stored.Add(prepared, article.Id);
            inserted.Add(article.Id);
            outcomes[i] = new IngestOutcome(prepared.Origin.Location, original is null ? IngestStatus.New : IngestStatus.NearDuplicate, article.Id);
        }
        // The batch's texts indexed for search in one statement (SqliteDialect says why), copies too, as ever.
        await DatabaseDialect.Of(db).IndexArticleTextAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), inserted, ct);
        // Records last, all of the batch's together: nothing in the batch reads them back.
        await ArticleRecords.InsertAllAsync(inserts, batchRecords, ct);
        var storedIds = batchRecords.Select(r => r.ArticleId).ToList();
        await new CoverageCounts(db).AddAsync(storedIds, ct);
        await ledger.RefreshArticlesAsync(storedIds, aliasMark, ct);
        await index.SaveSketchesAsync(db, ct);
        await tx.CommitAsync(ct);
        return outcomes;
    }

    private Article NewArticle(PreparedArticle prepared, int? original, DateTimeOffset now)
    {
        var (document, origin) = (prepared.Document!, prepared.Origin);
        return new Article
        {
            SourceId = origin.SourceId, Url = origin.Url, CanonicalUrl = prepared.CanonicalUrl, Outlet = origin.Outlet,
            Title = document.Title.Length > 0 ? document.Title : Path.GetFileNameWithoutExtension(origin.Location),
            Author = document.Author, PublishedAt = prepared.Facts!.PublishedAt, Language = document.Language ?? "fr",
            Text = prepared.FullText, ContentHash = prepared.Fingerprint!.Hash, SimHash = prepared.Fingerprint.SimHash,
            DuplicateOfId = original, ExtractorVersion = ArticleExtractor.Version, FetchedAt = now, ExtractedAt = now,
        };
    }

    /// <summary>The batch's articles already stored, by content hash or canonical URL, read in one query.</summary>
    private async Task<StoredArticles> StoredAsync(List<PreparedArticle> articles, CancellationToken ct)
    {
        var hashes = articles.Select(a => a.Fingerprint!.Hash).Distinct().ToList();
        var urls = articles.Select(a => a.CanonicalUrl).OfType<string>().Distinct().ToList();
        // Two queries, not one with OR: each uses its own index, where the OR would scan the table.
        var rows = await db.Articles.Where(a => EF.Parameter(hashes).Contains(a.ContentHash))
            .Select(a => new { a.Id, a.ContentHash, a.CanonicalUrl }).ToListAsync(ct);
        rows.AddRange(await db.Articles.Where(a => a.CanonicalUrl != null && EF.Parameter(urls).Contains(a.CanonicalUrl))
            .Select(a => new { a.Id, a.ContentHash, a.CanonicalUrl }).ToListAsync(ct));
        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        var known = new StoredArticles();
        foreach (var row in rows) known.Add(row.ContentHash, row.CanonicalUrl, row.Id);
        return known;
    }

    /// <summary>Ids by content hash and by canonical URL; the first id given for a key stays.</summary>
    private sealed class StoredArticles
    {
        private readonly Dictionary<string, int> byHash = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> byUrl = new(StringComparer.Ordinal);

        public void Add(PreparedArticle article, int id) => Add(article.Fingerprint!.Hash, article.CanonicalUrl, id);

        public void Add(string hash, string? url, int id)
        {
            byHash.TryAdd(hash, id);
            if (url is not null) byUrl.TryAdd(url, id);
        }

        public int? Find(PreparedArticle article) =>
            byHash.TryGetValue(article.Fingerprint!.Hash, out var id) ? id
            : article.CanonicalUrl is { } url && byUrl.TryGetValue(url, out id) ? id
            : null;
    }
}
