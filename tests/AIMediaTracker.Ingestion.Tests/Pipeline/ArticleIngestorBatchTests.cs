using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using AIMediaTracker.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

/// <summary>IngestAllAsync: many articles per transaction, with what one article alone would get.</summary>
public sealed class ArticleIngestorBatchTests
{
    private const string Ubisoft =
        "Le studio Ubisoft a annoncé la suppression de 185 postes dans ses équipes de Paris. " +
        "Selon la direction, l'IA générative n'est pas en cause, mais les syndicats en doutent. " +
        "OpenAI et Midjourney sont cités par les représentants du personnel comme des menaces pour les graphistes. ";

    private static string Article(int i) =>
        $"Le studio numéro {i} a supprimé {100 + i} postes, selon Jean Dupont, directeur général de Studio{i} SA. " +
        $"« Nous ne remplacerons personne par l'IA », a déclaré Claire Martin, porte-parole de Studio{i} SA. " +
        $"OpenAI présente Sora aux studios, et {2000 + i} emplois seraient menacés d'ici {2027 + i % 5} selon la CGT.";

    private static ArticleInput Input(string title, string body, string location) =>
        new(() => new ArticleDocument(title, body), new ArticleOrigin(location));

    private static async Task<List<IngestOutcome>> IngestAsync(TestDatabase database, IEnumerable<ArticleInput> inputs)
    {
        var outcomes = new List<IngestOutcome>();
        await new ArticleIngestor(database.NewContext(), TimeProvider.System).IngestAllAsync(inputs, outcomes.Add, default);
        return outcomes;
    }

    [SkippableFact]
    public async Task On_sqlite_every_batch_of_an_import_checkpoints_its_wal_less_often_and_the_connection_as_usual_afterwards()
    {
        Skip.If(TestDatabases.IsPostgres, "A setting of SQLite's write-ahead log.");
        using var database = new TestDatabase();
        using var db = database.NewContext();
        var seen = new List<long>();

        await new ArticleIngestor(db, TimeProvider.System).IngestAllAsync(
            Enumerable.Range(0, ArticleIngestor.BatchSize * 2 + 1).Select(i => Input($"Article {i}", Article(i), $"a{i}.txt")),
            _ => seen.Add(WalAutocheckpoint(db)), default);

        Assert.Equal(ArticleIngestor.BatchSize * 2 + 1, seen.Count);
        Assert.All(seen, pages => Assert.Equal(AIMediaTracker.Data.Providers.SqliteDialect.ImportWalPages, pages));
        using var after = database.NewContext();
        await after.Database.OpenConnectionAsync();
        Assert.Equal(8192, WalAutocheckpoint(after));
    }

    private static long WalAutocheckpoint(DbContext db)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Stores_more_articles_than_one_batch_with_their_records_and_outcomes_in_order()
    {
        using var database = new TestDatabase();
        var count = ArticleIngestor.BatchSize * 2 + 7;

        var outcomes = await IngestAsync(database, Enumerable.Range(0, count).Select(i => Input($"Article {i}", Article(i), $"a{i}.txt")));

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"a{i}.txt"), outcomes.Select(o => o.Location));
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.New, o.Status));
        using var db = database.NewContext();
        Assert.Equal(count, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Articles.CountAsync(a => !db.Mentions.Any(m => m.ArticleId == a.Id)));
        // Entities named by many articles of a batch are one row each, with their mentions.
        var openAi = await db.Organizations.SingleAsync(o => o.Slug == "openai");
        Assert.Equal(count, await db.Mentions.Where(m => m.OrganizationId == openAi.Id).Select(m => m.ArticleId).Distinct().CountAsync());
        var sora = await db.Products.SingleAsync(p => p.Slug == "sora");
        Assert.Equal(openAi.Id, sora.OrganizationId);
        Assert.Equal(count, await db.Mentions.Where(m => m.ProductId == sora.Id).Select(m => m.ArticleId).Distinct().CountAsync());
        // A person named in every batch is one row, with the role the articles gave.
        var dupont = await db.People.SingleAsync(p => p.Slug == "jean-dupont");
        Assert.Contains("directeur", dupont.Role);
        Assert.Equal(count, await db.Mentions.Where(m => m.PersonId == dupont.Id).Select(m => m.ArticleId).Distinct().CountAsync());
        // Every new organisation points its aliases at itself.
        Assert.Equal(0, await db.OrganizationAliases.CountAsync(a => !db.Organizations.Any(o => o.Id == a.OrganizationId)));
    }

    [Fact]
    public async Task Copies_inside_one_batch_are_found_like_copies_across_batches()
    {
        using var database = new TestDatabase();
        var longer = string.Join(" ", Enumerable.Repeat(Ubisoft, 3));

        var outcomes = await IngestAsync(database, [
            Input("Ubisoft", longer, "a.txt"),
            Input("Ubisoft", longer.Replace("  ", " ").ToUpperInvariant(), "same.txt"),
            Input("Ubisoft", longer + " (avec AFP)", "copy.txt"),
        ]);

        Assert.Equal([IngestStatus.New, IngestStatus.Unchanged, IngestStatus.NearDuplicate], outcomes.Select(o => o.Status));
        Assert.Equal(outcomes[0].ArticleId, outcomes[1].ArticleId);
        using var db = database.NewContext();
        Assert.Equal(outcomes[0].ArticleId, (await db.Articles.SingleAsync(a => a.Id == outcomes[2].ArticleId)).DuplicateOfId);
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Theory]
    // A refusal of the reader, and a fault of the reader or the extractor on this one text.
    [InlineData("refusal", "Fichier illisible.")]
    [InlineData("fault", "Erreur interne en lisant ou en analysant cet article")]
    public async Task An_input_that_cannot_be_read_or_extracted_fails_alone_recorded_and_the_batch_is_stored(string failure, string reason)
    {
        using var database = new TestDatabase();
        Exception error = failure == "refusal" ? new ArticleReadException("Fichier illisible.") : new ArgumentOutOfRangeException("count");

        var outcomes = await IngestAsync(database, [
            Input("Un", Article(1), "a.txt"),
            new ArticleInput(() => throw error, new ArticleOrigin("bad.txt")),
            Input("Deux", Article(2), "b.txt"),
        ]);

        Assert.Equal([IngestStatus.New, IngestStatus.Failed, IngestStatus.New], outcomes.Select(o => o.Status));
        using var db = database.NewContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.StartsWith(reason, (await db.ImportFailures.SingleAsync(f => f.Location == "bad.txt")).Reason);
    }

    [Fact]
    public async Task An_article_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_kept()
    {
        using var database = new TestDatabase();
        using (var db = database.NewContext())
        {
            // A rule the database enforces that the import does not know about: the refusal comes from the write itself.
            if (TestDatabases.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE FUNCTION refuse_title() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'titre refusé'; END $$ LANGUAGE plpgsql;
                    CREATE TRIGGER refuse BEFORE INSERT ON "Articles" FOR EACH ROW WHEN (NEW."Title" = 'Refusé') EXECUTE FUNCTION refuse_title();
                    """);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TRIGGER refuse BEFORE INSERT ON Articles WHEN new.Title = 'Refusé' BEGIN SELECT RAISE(ABORT, 'titre refusé'); END;
                    """);
            }
        }

        var outcomes = await IngestAsync(database, Enumerable.Range(0, 5).Select(i => Input(i == 2 ? "Refusé" : $"Article {i}", Article(i), $"a{i}.txt")));

        Assert.Equal([IngestStatus.New, IngestStatus.New, IngestStatus.Failed, IngestStatus.New, IngestStatus.New], outcomes.Select(o => o.Status));
        Assert.Contains("titre refusé", outcomes[2].Reason);
        using var check = database.NewContext();
        Assert.Equal(4, await check.Articles.CountAsync());
        Assert.Equal(0, await check.Mentions.CountAsync(m => !check.Articles.Any(a => a.Id == m.ArticleId)));
        Assert.Single(await check.ImportFailures.Where(f => f.Location == "a2.txt").ToListAsync());
    }
}
