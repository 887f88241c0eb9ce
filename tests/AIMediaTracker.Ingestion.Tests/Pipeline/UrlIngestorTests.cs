using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

/// <summary>Import by URL and by feed from a local server; hostile answers leave the database as it was, plus a recorded failure.</summary>
public sealed class UrlIngestorTests(ArticleServer server) : IClassFixture<ArticleServer>
{
    private (TestDatabase Database, UrlIngestor Ingestor) Setup()
    {
        var database = new TestDatabase();
        var db = database.NewContext();
        var fetcher = PageFetcher.Create(new FetchOptions { AllowedHosts = [$"127.0.0.1:{server.BaseUrl.Port}"], Timeout = TimeSpan.FromSeconds(10) });
        return (database, new UrlIngestor(db, TimeProvider.System, fetcher, new ArticleIngestor(db, TimeProvider.System)));
    }

    [Fact]
    public async Task Imports_a_page_by_url_with_its_records_and_original_address()
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        var outcomes = await ingestor.ImportAsync(server.Url("/articles/" + ArticleServer.First), null, default);

        Assert.Equal(IngestStatus.New, Assert.Single(outcomes).Status);
        using var db = database.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(server.Url("/articles/" + ArticleServer.First).ToString(), article.Url);
        Assert.Contains("Midjourney", article.Text);
        Assert.Contains(await db.Mentions.Where(m => m.ArticleId == article.Id && m.Organization != null).Select(m => m.Organization!.Name).ToListAsync(), n => n == "Midjourney");
        Assert.Equal("127.0.0.1", article.Outlet);
    }

    [Fact]
    public async Task Imports_a_real_news_page_as_its_main_text_without_the_site_furniture()
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        var outcome = Assert.Single(await ingestor.ImportAsync(server.Url("/pages/ledevoir.com.trottinettes.html"), null, default));

        Assert.Equal(IngestStatus.New, outcome.Status);
        using var db = database.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("La fin des trottinettes en libre-service à Montréal", article.Title);
        Assert.Contains("huit véhicules sur dix étaient garés au mauvais endroit", article.Text);
        Assert.DoesNotContain("des 4 articles gratuits", article.Text);
        Assert.DoesNotContain("La GRC doit partir", article.Text);
    }

    [Fact]
    public async Task Imports_every_item_of_a_feed_once_and_records_the_feed_as_a_source()
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        var first = await ingestor.ImportAsync(server.Url("/feed.xml"), null, default);
        var again = await ingestor.ImportAsync(server.Url("/feed.xml"), null, default);

        Assert.Equal(2, first.Count(o => o.Status == IngestStatus.New));
        Assert.All(again, o => Assert.Equal(IngestStatus.Unchanged, o.Status));
        using var db = database.NewContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        var feed = await db.Sources.SingleAsync(s => s.Kind == Data.Entities.SourceKind.Feed);
        Assert.Equal("L'IA et les médias", feed.Name);
        Assert.NotNull(feed.LastSuccessAt);
        Assert.Null(feed.LastError);
        Assert.Equal(2, await db.Articles.CountAsync(a => a.SourceId == feed.Id));
    }

    [Fact]
    public async Task Two_urls_with_the_same_canonical_link_keep_one_article()
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        await ingestor.ImportAsync(server.Url("/variant/1"), null, default);
        var second = await ingestor.ImportAsync(server.Url("/variant/2"), null, default);

        Assert.Equal(IngestStatus.Unchanged, Assert.Single(second).Status);
        using var db = database.NewContext();
        Assert.Equal(server.Url("/canonique/accord").ToString(), (await db.Articles.SingleAsync()).CanonicalUrl);
    }

    [Theory]
    [InlineData("/to-other", "Adresse refusée")]
    [InlineData("/huge", "trop volumineuse")]
    [InlineData("/bomb", "trop volumineuse")]
    [InlineData("/empty", "Aucun texte d'article")]
    [InlineData("/xxe-feed", "entités XML")]
    public async Task Hostile_answers_end_with_a_recorded_error_and_nothing_else_written(string path, string reason)
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        await ingestor.ImportAsync(server.Url("/articles/" + ArticleServer.Second), null, default);
        var before = await SnapshotAsync(database.NewContext());

        var outcome = Assert.Single(await ingestor.ImportAsync(server.Url(path), null, default));

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains(reason, outcome.Reason, StringComparison.OrdinalIgnoreCase);
        using var db = database.NewContext();
        Assert.Equal(before, await SnapshotAsync(db));
        var failure = await db.ImportFailures.SingleAsync();
        Assert.Equal(outcome.Reason, failure.Reason);
    }

    [Fact]
    public async Task A_page_in_latin1_labelled_utf8_is_read_with_its_accents()
    {
        var (database, ingestor) = Setup();
        using var _ = database;
        await ingestor.ImportAsync(server.Url("/mislabelled"), null, default);

        using var db = database.NewContext();
        Assert.Contains("comédiens de doublage", (await db.Articles.SingleAsync()).Text);
    }

    private static async Task<string> SnapshotAsync(TrackerDbContext db) => string.Join(",",
        await db.Articles.CountAsync(), await db.Mentions.CountAsync(), await db.Figures.CountAsync(), await db.Dates.CountAsync(),
        await db.Quotes.CountAsync(), await db.Links.CountAsync(), await db.Organizations.CountAsync(), await db.People.CountAsync(),
        await db.Sources.CountAsync());
}
