using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

public sealed class ArticleReextractorTests
{
    [Fact]
    public async Task Rebuilds_records_of_articles_from_an_older_extractor_from_the_stored_text()
    {
        using var database = new TestDatabase();
        var saved = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(
            new ArticleDocument("OpenAI à Hollywood", "OpenAI présente Sora aux studios. Midjourney est aussi cité."),
            new ArticleOrigin("a.txt"), default);
        int before;
        using (var db = database.NewContext())
        {
            before = await db.Mentions.CountAsync();
            // An older extractor left fewer records behind.
            await db.Mentions.Where(m => m.ArticleId == saved.ArticleId).ExecuteDeleteAsync();
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, 0));
        }

        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        var pending = await reextractor.PendingAsync(all: false, default);
        Assert.Equal([saved.ArticleId!.Value], pending);
        await reextractor.ReextractAsync(pending[0], default);

        using var check = database.NewContext();
        Assert.Equal(before, await check.Mentions.CountAsync());
        Assert.Equal(ArticleExtractor.Version, (await check.Articles.SingleAsync()).ExtractorVersion);
        Assert.Empty(await reextractor.PendingAsync(all: false, default));
    }
}
