using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// Stores an original's <see cref="ArticleSketch"/>, replacing one of another version: an upsert that
/// both databases read the same, run in the caller's transaction without tracking the row.
/// </summary>
public static class ArticleSketchWriter
{
    public static async Task UpsertAsync(TrackerDbContext db, int articleId, int version, byte[] buckets, int shingles, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ArticleSketches" ("ArticleId", "Version", "Buckets", "Shingles") VALUES ({articleId}, {version}, {buckets}, {shingles})
            ON CONFLICT ("ArticleId") DO UPDATE SET "Version" = excluded."Version", "Buckets" = excluded."Buckets", "Shingles" = excluded."Shingles"
            """, ct);
}
