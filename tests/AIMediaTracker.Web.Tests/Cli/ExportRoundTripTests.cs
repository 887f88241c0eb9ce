using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Dump;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Cli;

public sealed class ExportRoundTripTests
{
    [Fact]
    public async Task Export_then_restore_into_an_empty_database_then_export_gives_the_same_bytes()
    {
        using var original = new TrackerFactory();
        _ = original.Server;
        var first = await ExportAsync(original);

        using var restored = new TrackerFactory(settings: new Dictionary<string, string?> { ["Ingestion:SeedsPath"] = "" });
        _ = restored.Server;
        using (var scope = restored.Services.CreateScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<DatabaseDump>().ImportAsync(new StringReader(System.Text.Encoding.UTF8.GetString(first)), default);
            Assert.True(rows > 100, $"the seeds should give hundreds of records, got {rows}");
        }
        var second = await ExportAsync(restored);

        Assert.Equal(first, second);
        using var check = restored.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<TrackerDbContext>();
        Assert.True(await db.Figures.AnyAsync());
        // The search index is rebuilt on restore (FTS5 at the end, or PostgreSQL's generated column).
        var hits = await check.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync("hollywood", 1, 10, default);
        Assert.True(hits.Total > 0);
        // Rows came back with their ids: the next generated id must follow them (PostgreSQL's identity
        // sequence is moved past them after a restore), or this insert collides with a restored row.
        var sourceIds = await db.Sources.Select(s => s.Id).ToListAsync();
        var added = new AIMediaTracker.Data.Entities.Source { Name = "après restauration", CreatedAt = DateTimeOffset.UtcNow };
        db.Sources.Add(added);
        await db.SaveChangesAsync();
        Assert.True(added.Id > sourceIds.Max());
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_is_not_empty_and_writes_nothing()
    {
        using var app = new TrackerFactory();
        _ = app.Server;
        var dump = await ExportAsync(app);
        using var scope = app.Services.CreateScope();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseDump>().ImportAsync(new StringReader(System.Text.Encoding.UTF8.GetString(dump)), default));
        Assert.Equal(dump, await ExportAsync(app));
    }

    private static async Task<byte[]> ExportAsync(TrackerFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<DatabaseDump>().ExportAsync(output, default);
        return output.ToArray();
    }
}
