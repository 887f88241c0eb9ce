using System.Data.Common;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Storage;

public sealed class BulkInsertTests
{
    // Every kind of value a bulk-inserted table holds: text with quotes, an accent and an emoji, NULLs,
    // a whole number in a REAL column, a boolean, dates.
    private static Claim NewClaim(long id, string? attribution) => new()
    {
        Id = id, Bucket = "jobs_lost|emplois|« l'OpenAI » \"studio\" 🎬", Kind = "jobs_lost", Unit = "emplois", Basis = "reported",
        Value = 204000, MinValue = 203999.5, MaxValue = 204000, Approximate = true, Attribution = attribution, AttributionKey = attribution?.ToLowerInvariant(),
        Subject = null, SubjectKey = null, Sector = "cinéma", Year = 2026, Citations = 3, FirstArticleId = 7, FirstFigureId = 11,
        FirstSeen = new DateOnly(2024, 3, 12), LastSeen = null, Grade = "explicit",
    };

    [Fact]
    public async Task A_bulk_inserted_row_is_stored_as_save_changes_stores_it()
    {
        using var database = new TestDatabase();
        using (var db = database.NewContext())
        {
            db.Claims.Add(NewClaim(1, "Étude « WEF »"));
            await db.SaveChangesAsync();
        }
        using (var db = database.NewContext())
        {
            await db.Database.OpenConnectionAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            await using (var insert = BulkInsert.For(db, typeof(Claim))) await insert.InsertAllAsync([NewClaim(2, "Étude « WEF »"), NewClaim(3, null)], default);
            await tx.CommitAsync();
        }

        var rows = await database.TypedRowsAsync("Claims");
        Assert.Equal(3, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Contains("Attribution=:DBNull", rows[2]);
        Assert.Contains("Value=204000:Double", rows[1]);
    }

    [Fact]
    public async Task A_refused_row_leaves_nothing_of_the_batch_once_rolled_back()
    {
        using var database = new TestDatabase();
        using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await using var insert = BulkInsert.For(db, typeof(Claim));
            // The third row repeats the first one's key.
            var error = await Assert.ThrowsAnyAsync<DbException>(() => insert.InsertAllAsync([NewClaim(1, null), NewClaim(2, null), NewClaim(1, null)], default));
            Assert.Contains("Claims", error.Message);
            await tx.RollbackAsync();
        }
        Assert.Equal(0, await db.Claims.CountAsync());

        // The connection is usable again, and the statement too.
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await using var insert = BulkInsert.For(db, typeof(Claim));
            await insert.InsertAllAsync([NewClaim(1, null)], default);
            await tx.CommitAsync();
        }
        Assert.Equal(1, await db.Claims.CountAsync());
    }
}
