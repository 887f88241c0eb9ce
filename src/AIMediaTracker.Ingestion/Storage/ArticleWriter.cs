using System.Runtime.CompilerServices;
using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// Stores one article and all its records in a single transaction, so a failure or a crash
/// leaves the database as it was before that article.
/// </summary>
public sealed class ArticleWriter(TrackerDbContext db, TimeProvider clock)
{
    // One index per context, not per writer: ArticleIngestor makes a writer for each article but keeps
    // its context for the whole import, and the index must outlive the writer to save the reload.
    private static readonly ConditionalWeakTable<TrackerDbContext, OriginalsIndex> Indexes = new();

    public async Task<IngestOutcome> SaveAsync(ArticleDocument document, ArticleOrigin origin, CancellationToken ct)
    {
        // One open connection for the whole article: EF would otherwise open and close one per query.
        await db.Database.OpenConnectionAsync(ct);
        try { return await SaveOpenAsync(document, origin, ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private async Task<IngestOutcome> SaveOpenAsync(ArticleDocument document, ArticleOrigin origin, CancellationToken ct)
    {
        var fullText = ArticleText.Normalize(document.FullText);
        var fingerprint = ContentFingerprint.Of(fullText);
        var canonical = document.CanonicalUrl ?? origin.Url;

        var same = await db.Articles
            .Where(a => a.ContentHash == fingerprint.Hash || (canonical != null && a.CanonicalUrl == canonical))
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (same is int sameId) return new IngestOutcome(origin.Location, IngestStatus.Unchanged, sameId);

        var index = Indexes.GetValue(db, _ => new OriginalsIndex());
        var (original, sketch) = await index.FindAsync(db, fullText, fingerprint.SimHash, ct);
        var now = clock.GetUtcNow();
        var facts = ArticleExtractor.Extract(document with { Title = "", Body = fullText });
        var article = new Article
        {
            SourceId = origin.SourceId, Url = origin.Url, CanonicalUrl = canonical, Outlet = origin.Outlet,
            Title = document.Title.Length > 0 ? document.Title : Path.GetFileNameWithoutExtension(origin.Location),
            Author = document.Author, PublishedAt = facts.PublishedAt, Language = document.Language ?? "fr",
            Text = fullText, ContentHash = fingerprint.Hash, SimHash = fingerprint.SimHash,
            DuplicateOfId = original, ExtractorVersion = ArticleExtractor.Version, FetchedAt = now, ExtractedAt = now,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Articles.Add(article);
        // A near-duplicate keeps its text and its link to the first copy, but no records of its own:
        // its facts are the first copy's and must not be counted twice.
        var records = original is null
            ? await new RecordWriter(db).PrepareAsync(0, ArticleText.From(fullText, facts.PublishedAt), facts, ct)
            : null;
        await db.SaveChangesAsync(ct);
        if (records is not null) await records.InsertAsync(db, article.Id, ct);
        await tx.CommitAsync(ct);
        if (original is null && sketch is not null) index.Remember(article.Id, sketch);
        db.ChangeTracker.Clear();
        return new IngestOutcome(origin.Location, original is null ? IngestStatus.New : IngestStatus.NearDuplicate, article.Id);
    }
}
