using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// The import's common case, without regrouping: a new figure whose value lies within the range of
/// exactly one stored claim of its bucket joins that claim and changes nothing else, so the claim's
/// row is updated from the new citation alone, with the rule <see cref="ClaimGrouping"/> builds claims by (<see cref="ClaimGrouping.Cite"/>).
/// Regrouping instead reloads every figure of the claim, and a claim repeated by thousands of articles
/// made each batch cost more as the database grew (the import fell from 419 to 174 articles/s at 1 000).
/// </summary>
internal sealed class ClaimAppends(TrackerDbContext db, ClaimRanges stored)
{
    /// <summary>
    /// Appends what it can of <paramref name="figureIds"/> (new figures) to stored claims other than
    /// <paramref name="regrouped"/>; returns the figures it appended, which need no regrouping.
    /// </summary>
    public async Task<HashSet<long>> AppendAsync(IReadOnlyCollection<long> figureIds, IReadOnlyCollection<long> regrouped, CancellationToken ct)
    {
        var ids = figureIds.ToList();
        var figures = await LedgerFigures.Eligible(db.Figures.Where(f => EF.Parameter(ids).Contains(f.Id))).ToListAsync(ct);
        if (figures.Count == 0) return [];
        var buckets = await ClaimBuckets.ForAsync(db, figures, ct);
        foreach (var f in figures) f.Bucket = buckets.BucketOf(f);

        var ranges = (await stored.NearAsync(figures.Select(f => (f.Bucket, f.Value)), ct)).ToLookup(c => c.Bucket, StringComparer.Ordinal);
        var joining = new Dictionary<long, List<LedgerFigure>>();
        foreach (var f in figures)
        {
            // Any claim the value reaches, inside or within the tolerance, and it must be inside one only.
            var reached = ranges[f.Bucket].Where(c => f.Value <= c.MaxValue * ClaimGrouping.Tolerance && f.Value * ClaimGrouping.Tolerance >= c.MinValue).ToList();
            if (reached is not [var claim] || f.Value < claim.MinValue || f.Value > claim.MaxValue || regrouped.Contains(claim.Id)) continue;
            (joining.TryGetValue(claim.Id, out var list) ? list : joining[claim.Id] = []).Add(f);
        }
        if (joining.Count == 0) return [];

        var claimIds = joining.Keys.ToList();
        var claims = await db.Claims.AsTracking().Where(c => EF.Parameter(claimIds).Contains(c.Id)).ToListAsync(ct);
        var firstArticles = claims.Select(c => c.FirstArticleId).Distinct().ToList();
        var published = await db.Articles.Where(a => EF.Parameter(firstArticles).Contains(a.Id))
            .Select(a => new { a.Id, a.PublishedAt }).ToDictionaryAsync(a => a.Id, a => a.PublishedAt, ct);
        var articleIds = figures.Select(f => f.ArticleId).Distinct().ToList();
        var cited = (await db.ClaimCitations.Where(c => EF.Parameter(claimIds).Contains(c.ClaimId) && EF.Parameter(articleIds).Contains(c.ArticleId))
                .Select(c => new { c.ClaimId, c.ArticleId }).ToListAsync(ct))
            .Select(c => (c.ClaimId, c.ArticleId)).ToHashSet();
        var grades = await ClaimGrades.OfFiguresAsync(db,
            claims.Where(ClaimGrades.IsGraded).SelectMany(c => joining[c.Id].Select(f => f.Id)).ToList(), ct);

        var citations = new List<ClaimCitation>();
        foreach (var claim in claims)
        {
            var first = new ClaimGrouping.CitationOrder(published.GetValueOrDefault(claim.FirstArticleId), claim.FirstArticleId, claim.FirstFigureId);
            foreach (var f in joining[claim.Id])
            {
                var order = ClaimGrouping.CitationOrder.Of(f);
                var becomesFirst = order.CompareTo(first) < 0;
                ClaimGrouping.Cite(claim, f, becomesFirst, buckets);
                if (becomesFirst) first = order;
                if (cited.Add((claim.Id, f.ArticleId))) claim.Citations++;
                if (grades.TryGetValue(f.Id, out var grade) && grade > (AiLinkGrader.Parse(claim.Grade) ?? AiLinkGrade.Unclear))
                    claim.Grade = AiLinkGrader.Name(grade);
                citations.Add(f.CitationOf(claim.Id));
            }
        }
        // A citation may change a claim's value, month or grade: its sums move with it.
        await ClaimTallies.ShiftAsync(db, claimIds, -1, ct);
        await ClaimRowUpdates.SaveAsync(db, claims, ct);
        await ClaimTallies.ShiftAsync(db, claimIds, +1, ct);
        await using var insert = BulkInsert.For(db, typeof(ClaimCitation));
        await insert.InsertAllAsync(citations, ct);
        return citations.Select(c => c.FigureId).ToHashSet();
    }
}
