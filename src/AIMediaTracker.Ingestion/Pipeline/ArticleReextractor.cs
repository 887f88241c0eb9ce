using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>
/// Rebuilds the records of stored articles from their stored text, without fetching anything:
/// article by article, each in its own transaction, so an interruption leaves every article either
/// fully old or fully new.
/// </summary>
public sealed class ArticleReextractor(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>Ids of articles whose records come from an older extractor (or all of them).</summary>
    public Task<List<int>> PendingAsync(bool all, CancellationToken ct) =>
        db.Articles.Where(a => all || a.ExtractorVersion != ArticleExtractor.Version)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);

    public async Task ReextractAsync(int articleId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.SingleAsync(a => a.Id == articleId, ct);
        // Links with no span came from the HTML body, not the text: keep them as the extractor's input.
        var bodyLinks = await db.Links.Where(l => l.ArticleId == articleId && l.Start == null).OrderBy(l => l.Id).Select(l => l.Url).ToListAsync(ct);

        var formerClaims = await new ClaimLedger(db).ClaimsOfArticleAsync(articleId, ct);
        var coverage = new CoverageCounts(db);
        await coverage.RemoveAsync([articleId], ct);
        await db.Mentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Figures.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Dates.Where(d => d.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Links.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);

        if (article.DuplicateOfId is null)
        {
            // Articles stored before language detection were all labelled French: read it again from the text.
            article.Language = LanguageDetector.Detect(article.Text) ?? article.Language;
            var facts = ArticleExtractor.Extract(new ArticleDocument("", article.Text, PublishedAt: article.PublishedAt, Language: article.Language, BodyLinks: bodyLinks));
            article.PublishedAt ??= facts.PublishedAt;
            await new RecordWriter(db).AddAsync(article, ArticleText.From(article.Text, article.PublishedAt), facts, ct);
        }
        article.ExtractorVersion = ArticleExtractor.Version;
        article.ExtractedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // After the save: the article's new language decides whether it counts.
        await coverage.AddAsync([articleId], ct);
        await new ClaimLedger(db).RefreshArticleAsync(articleId, formerClaims, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
