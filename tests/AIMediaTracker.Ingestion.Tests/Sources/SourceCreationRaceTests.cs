using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Ingestion.Tests.Sources;

/// <summary>
/// Two imports of one folder (or two requests following one feed) at once: the second writer finds
/// the source the first one created between its read and its write, instead of failing on the
/// unique index of Sources.Url.
/// </summary>
public sealed class SourceCreationRaceTests
{
    /// <summary>Just before our save, another writer stores the same source: the race, made certain.</summary>
    private sealed class OtherWriterFirst(TestDatabase database, Func<Source> rival) : SaveChangesInterceptor
    {
        private bool done;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (!done)
            {
                done = true;
                await using var other = database.NewContext();
                other.Sources.Add(rival());
                await other.SaveChangesAsync(ct);
            }
            return result;
        }
    }

    [Fact]
    public async Task A_folder_registered_meanwhile_by_another_import_is_reused()
    {
        using var database = new TestDatabase();
        var folder = Directory.CreateTempSubdirectory("aimt-dossier-").FullName;
        var url = "file://" + folder.TrimEnd('/') + "/";
        await using var db = database.NewContext(new OtherWriterFirst(database,
            () => new Source { Kind = SourceKind.Files, Name = "rival", Url = url, CreatedAt = DateTimeOffset.UtcNow }));

        var source = await new SourceRegistry(db, TimeProvider.System).FolderAsync(folder, default);

        await using var check = database.NewContext();
        var only = await check.Sources.SingleAsync();
        Assert.Equal(only.Id, source.Id);
        Assert.Equal("rival", source.Name);
        Directory.Delete(folder);
    }

    [Fact]
    public async Task A_feed_followed_meanwhile_by_another_request_is_reused()
    {
        using var database = new TestDatabase();
        var feed = new Uri("https://exemple.fr/flux.xml");
        await using var db = database.NewContext(new OtherWriterFirst(database,
            () => new Source { Kind = SourceKind.Feed, Name = "exemple.fr", Url = feed.ToString(), CreatedAt = DateTimeOffset.UtcNow }));

        var source = await new FeedSubscriptions(db, TimeProvider.System).AddAsync(feed, default);

        await using var check = database.NewContext();
        Assert.Equal((await check.Sources.SingleAsync()).Id, source.Id);
    }
}
