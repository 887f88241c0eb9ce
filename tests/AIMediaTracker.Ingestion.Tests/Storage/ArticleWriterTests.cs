using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Storage;

public sealed class ArticleWriterTests
{
    private const string Body =
        "Le studio Ubisoft a annoncé la suppression de 185 postes dans ses équipes de Paris. " +
        "Selon la direction, l'IA générative n'est pas en cause, mais les syndicats en doutent. " +
        "OpenAI et Midjourney sont cités par les représentants du personnel comme des menaces pour les graphistes.";

    private static ArticleDocument Document(string body = Body, string? canonical = null) =>
        new("Ubisoft supprime des postes à Paris", body, CanonicalUrl: canonical);

    [Fact]
    public async Task The_same_text_twice_is_one_article()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);

        var first = await writer.SaveAsync(Document(), new ArticleOrigin("a.txt"), default);
        var again = await writer.SaveAsync(Document(Body.Replace(" ", "  ")), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.New, first.Status);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal(1, await database.NewContext().Articles.CountAsync());
    }

    [Fact]
    public async Task Two_urls_with_the_same_canonical_link_are_one_article()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);

        await writer.SaveAsync(Document(canonical: "https://exemple.fr/ubisoft"), new ArticleOrigin("https://exemple.fr/ubisoft?utm=1", "https://exemple.fr/ubisoft?utm=1"), default);
        var second = await writer.SaveAsync(Document(Body + " Mise à jour à 18 h.", "https://exemple.fr/ubisoft"), new ArticleOrigin("https://m.exemple.fr/ubisoft", "https://m.exemple.fr/ubisoft"), default);

        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(1, await database.NewContext().Articles.CountAsync());
    }

    [Fact]
    public async Task A_syndicated_copy_with_small_edits_is_linked_to_the_first_and_not_counted_twice()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));

        var first = await writer.SaveAsync(Document(longer), new ArticleOrigin("a.txt"), default);
        var copy = await writer.SaveAsync(Document(longer.Replace("en doutent", "n'y croient pas") + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
        using var db = database.NewContext();
        var stored = await db.Articles.SingleAsync(a => a.Id == copy.ArticleId);
        Assert.Equal(first.ArticleId, stored.DuplicateOfId);
        Assert.Equal(0, await db.Mentions.CountAsync(m => m.ArticleId == copy.ArticleId));
        Assert.True(await db.Mentions.AnyAsync(m => m.ArticleId == first.ArticleId));
    }

    [Fact]
    public async Task A_copy_of_an_article_another_context_stored_after_the_first_import_is_still_found()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));
        await writer.SaveAsync(new ArticleDocument("Autre sujet", "La guilde des scénaristes WGA a signé un accord avec les studios."), new ArticleOrigin("w.txt"), default);

        var first = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(Document(longer), new ArticleOrigin("a.txt"), default);
        var copy = await writer.SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
        Assert.Equal(first.ArticleId, (await database.NewContext().Articles.SingleAsync(a => a.Id == copy.ArticleId)).DuplicateOfId);
    }

    [SkippableFact]
    public async Task On_postgres_an_original_committed_after_a_higher_id_was_read_is_still_found()
    {
        // Only PostgreSQL commits ids out of order; SQLite writes one transaction at a time.
        Skip.IfNot(AIMediaTracker.TestSupport.TestDatabases.IsPostgres, "SQLite cannot commit ids out of order.");
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));
        using (var other = database.NewContext())
        {
            other.Articles.Add(Stored(50, "Autre sujet. La guilde des scénaristes WGA a signé un accord avec les studios."));
            await other.SaveChangesAsync();
        }
        // The writer has now read ids up to 50 …
        await writer.SaveAsync(new ArticleDocument("Encore autre chose", "Le syndicat des doubleurs réclame des garanties contre le clonage vocal."), new ArticleOrigin("x.txt"), default);
        // … and another process commits an original whose id was taken earlier.
        using (var late = database.NewContext())
        {
            late.Articles.Add(Stored(40, "Ubisoft supprime des postes à Paris\n" + longer));
            await late.SaveChangesAsync();
        }

        var copy = await writer.SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
        Assert.Equal(40, (await database.NewContext().Articles.SingleAsync(a => a.Id == copy.ArticleId)).DuplicateOfId);
    }

    private static AIMediaTracker.Data.Entities.Article Stored(int id, string text)
    {
        var fingerprint = AIMediaTracker.Core.Content.ContentFingerprint.Of(text);
        return new() { Id = id, Title = text.Split('\n')[0], Text = text, ContentHash = fingerprint.Hash, SimHash = fingerprint.SimHash, ExtractorVersion = 1 };
    }

    [Fact]
    public async Task An_original_is_stored_with_its_sketch_and_a_copy_without_one()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));

        var first = await writer.SaveAsync(Document(longer), new ArticleOrigin("a.txt"), default);
        var copy = await writer.SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        using var db = database.NewContext();
        var sketch = await db.ArticleSketches.SingleAsync();
        Assert.Equal(first.ArticleId, sketch.ArticleId);
        Assert.Equal(ShingleSketch.Version, sketch.Version);
        var text = (await db.Articles.SingleAsync(a => a.Id == first.ArticleId)).Text;
        Assert.Equal(ShingleSketch.Of(text).Buckets.ToArray(), sketch.Buckets);
        Assert.Equal(ShingleSketch.Of(text).Shingles, sketch.Shingles);
        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
    }

    [Fact]
    public async Task A_new_importer_compares_an_original_by_its_stored_sketch_without_reading_its_text()
    {
        using var database = new TestDatabase();
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));
        var first = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(Document(longer), new ArticleOrigin("a.txt"), default);
        // The stored sketch says the original is another text: a search that trusts it rules the copy out.
        var unrelated = ShingleSketch.Of("La guilde des scénaristes WGA a signé un accord avec les studios après cinq mois de grève.");
        using (var db = database.NewContext())
            await db.ArticleSketches.Where(s => s.ArticleId == first.ArticleId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Buckets, unrelated.Buckets.ToArray()).SetProperty(s => s.Shingles, unrelated.Shingles));

        var copy = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.New, copy.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_original_without_a_current_sketch_is_still_found_and_gets_one(bool storedUnderAnotherVersion)
    {
        using var database = new TestDatabase();
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));
        var text = "Ubisoft supprime des postes à Paris\n" + longer;
        using (var db = database.NewContext())
        {
            // As a database from before sketches were kept, or from a version that cut them otherwise.
            db.Articles.Add(Stored(7, text));
            if (storedUnderAnotherVersion)
                db.ArticleSketches.Add(new() { ArticleId = 7, Version = ShingleSketch.Version - 1, Buckets = new byte[256], Shingles = 1 });
            await db.SaveChangesAsync();
        }

        var copy = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);

        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
        using var check = database.NewContext();
        Assert.Equal(7, (await check.Articles.SingleAsync(a => a.Id == copy.ArticleId)).DuplicateOfId);
        var sketch = await check.ArticleSketches.SingleAsync(s => s.ArticleId == 7);
        Assert.Equal(ShingleSketch.Version, sketch.Version);
        Assert.Equal(ShingleSketch.Of(text).Buckets.ToArray(), sketch.Buckets);
    }

    [Fact]
    public async Task A_copy_links_to_the_oldest_original_it_resembles_when_each_article_gets_its_own_writer()
    {
        using var database = new TestDatabase();
        var db = database.NewContext();
        var longer = string.Join(" ", Enumerable.Repeat(Body, 3));

        var first = await new ArticleWriter(db, TimeProvider.System).SaveAsync(Document(longer), new ArticleOrigin("a.txt"), default);
        var copy = await new ArticleWriter(db, TimeProvider.System).SaveAsync(Document(longer + " (avec AFP)"), new ArticleOrigin("b.txt"), default);
        var again = await new ArticleWriter(db, TimeProvider.System).SaveAsync(Document(longer + " (avec Reuters)"), new ArticleOrigin("c.txt"), default);

        Assert.Equal(IngestStatus.NearDuplicate, copy.Status);
        Assert.Equal(IngestStatus.NearDuplicate, again.Status);
        using var check = database.NewContext();
        Assert.Equal(first.ArticleId, (await check.Articles.SingleAsync(a => a.Id == again.ArticleId)).DuplicateOfId);
    }

    [Fact]
    public async Task A_different_article_is_not_a_near_duplicate()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);

        await writer.SaveAsync(Document(), new ArticleOrigin("a.txt"), default);
        var other = await writer.SaveAsync(new ArticleDocument("Autre sujet",
            "La guilde des scénaristes WGA a signé un accord avec les studios après cinq mois de grève, encadrant l'usage de l'IA dans l'écriture."),
            new ArticleOrigin("c.txt"), default);

        Assert.Equal(IngestStatus.New, other.Status);
    }

    [Fact]
    public async Task Records_keep_their_span_and_sentence_in_the_stored_text()
    {
        using var database = new TestDatabase();
        var outcome = await new ArticleWriter(database.NewContext(), TimeProvider.System).SaveAsync(Document(), new ArticleOrigin("a.txt"), default);

        using var db = database.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == outcome.ArticleId);
        var mention = await db.Mentions.Include(m => m.Organization).FirstAsync(m => m.ArticleId == article.Id && m.Organization!.Name == "OpenAI");
        Assert.Equal("OpenAI", article.Text[mention.Start..mention.End]);
        Assert.StartsWith("OpenAI et Midjourney sont cités", article.Text[mention.SentenceStart..mention.SentenceEnd]);
    }

    [Fact]
    public async Task Every_article_of_a_batch_and_of_the_next_is_found_by_search()
    {
        using var database = new TestDatabase();
        var writer = new ArticleWriter(database.NewContext(), TimeProvider.System);
        string[] words = ["doubleurs", "traducteurs", "illustratrices", "monteurs"];
        ArticleDocument About(string word) => new($"Les {word} face à l'IA", $"Les {word} de la région s'inquiètent : un studio teste un outil génératif.");

        var first = await writer.SaveAllAsync(words[..3].Select((w, i) => PreparedArticle.Of(About(w), new ArticleOrigin($"{i}.txt"))).ToList(), default);
        var next = await writer.SaveAsync(About(words[3]), new ArticleOrigin("3.txt"), default);

        var ids = first.Select(o => o.ArticleId).Append(next.ArticleId).ToList();
        Assert.All(first.Append(next), o => Assert.Equal(IngestStatus.New, o.Status));
        var search = new SearchQueries(database.NewContext());
        for (var i = 0; i < words.Length; i++)
        {
            var hits = await search.SearchAsync(words[i], 1, 10, default);
            Assert.Equal(ids[i], Assert.Single(hits.Items).Id);
        }
        Assert.Equal(4, (await search.SearchAsync("studio", 1, 10, default)).Total);
    }
}
