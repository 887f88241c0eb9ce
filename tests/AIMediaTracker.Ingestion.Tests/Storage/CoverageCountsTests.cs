using AIMediaTracker.Core.Model;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Storage;

/// <summary>
/// « Articles qui la citent » is kept at write time: each counted article (an original, in French) once per
/// organisation or person, however often it names them, through imports, re-extraction and merges.
/// </summary>
public sealed class CoverageCountsTests : IDisposable
{
    private const string Ubisoft =
        "Le studio Ubisoft a annoncé la suppression de 185 postes dans ses équipes de Paris. " +
        "Selon Yves Guillemot, PDG d'Ubisoft, l'IA générative n'est pas en cause, mais les syndicats en doutent. " +
        "OpenAI et Midjourney sont cités par les représentants du personnel comme des menaces pour les graphistes.";

    private const string Dubbing =
        "Les comédiens de doublage s'inquiètent des voix de synthèse. Ubisoft teste déjà des outils d'OpenAI " +
        "pour ses personnages secondaires, selon le syndicat, qui réclame des garanties sur le clonage vocal.";

    private const string English =
        "Ubisoft announced on Tuesday that it would cut 185 jobs in Paris, and the unions said that OpenAI tools were to blame.";

    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private const string Voices =
        "Selon Cécile Martin, comédienne de doublage, Ubisoft et OpenAI ne demandent pas l'accord des acteurs. " +
        "Yves Guillemot n'a pas répondu ; ElevenLabs propose déjà ses voix de synthèse aux studios.";

    private async Task<IngestOutcome> SaveAsync(string body, string? language = null, DateOnly? published = null) =>
        await new ArticleWriter(database.NewContext(), TimeProvider.System)
            .SaveAsync(new ArticleDocument("Jeux vidéo et IA", body, PublishedAt: published, Language: language), new ArticleOrigin($"{Guid.NewGuid():N}.txt"), default);

    private async Task<(int Organization, int Person)> CountsAsync(string organization, string person = "Yves Guillemot")
    {
        using var db = database.NewContext();
        return (await db.Organizations.Where(o => o.Name == organization).Select(o => o.ArticleCount).SingleAsync(),
            await db.People.Where(p => p.Name == person).Select(p => p.ArticleCount).SingleAsync());
    }

    [Fact]
    public async Task Each_original_french_article_counts_once_for_every_organisation_and_person_it_names()
    {
        var longer = string.Join(" ", Enumerable.Repeat(Ubisoft, 3));
        await SaveAsync(longer);
        await SaveAsync(Dubbing);
        Assert.Equal(IngestStatus.NearDuplicate, (await SaveAsync(longer + " (avec AFP)")).Status);
        await SaveAsync(English, language: "en");

        // Ubisoft is named nine times in the first article, and by a copy and an English article that do not count.
        Assert.Equal((2, 1), await CountsAsync("Ubisoft"));
        Assert.Equal(2, (await CountsAsync("OpenAI")).Organization);
        await AssertCountsEqualRecountAsync();
    }

    [Fact]
    public async Task Extracting_again_leaves_the_counts_as_a_recount_gives_them()
    {
        await SaveAsync(Ubisoft);
        await SaveAsync(Dubbing);
        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);

        Assert.Equal((2, 1), await CountsAsync("Ubisoft"));
        await AssertCountsEqualRecountAsync();
    }

    [Fact]
    public async Task A_merge_counts_an_article_naming_both_organisations_once()
    {
        await SaveAsync(Ubisoft);
        await SaveAsync(Dubbing);
        using (var db = database.NewContext())
        {
            var openai = await db.Organizations.SingleAsync(o => o.Name == "OpenAI");
            var ubisoft = await db.Organizations.SingleAsync(o => o.Name == "Ubisoft");
            await new EntityCorrections(db, TimeProvider.System).MergeOrganizationsAsync(openai.Slug, ubisoft.Slug, "alice", default);
        }

        Assert.Equal(2, (await CountsAsync("Ubisoft")).Organization);
        await AssertCountsEqualRecountAsync();
    }

    [Fact]
    public async Task Organisations_count_the_people_and_months_of_their_articles_once_each_through_merges()
    {
        var longer = string.Join(" ", Enumerable.Repeat(Ubisoft, 3));
        await SaveAsync(longer, published: new DateOnly(2024, 3, 5));
        await SaveAsync(Voices, published: new DateOnly(2024, 3, 28));
        await SaveAsync(Dubbing, published: new DateOnly(2024, 4, 2));
        Assert.Equal(IngestStatus.NearDuplicate, (await SaveAsync(longer + " (avec AFP)", published: new DateOnly(2024, 5, 1))).Status);
        await SaveAsync(English, language: "en", published: new DateOnly(2024, 5, 1));

        // Yves Guillemot is named three times in the first article and once in the second; copies and English do not count.
        Assert.Equal(2, await WithAsync("Ubisoft", CoMentionKind.Person, await PersonIdAsync("Yves Guillemot")));
        Assert.Equal(2, await WithAsync("Ubisoft", CoMentionKind.Month, 202403));
        Assert.Equal(1, await WithAsync("Ubisoft", CoMentionKind.Month, 202404));
        Assert.Equal(0, await WithAsync("Ubisoft", CoMentionKind.Month, 202405));
        await AssertCountsEqualRecountAsync();

        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);
        await AssertCountsEqualRecountAsync();

        using (var db = database.NewContext())
        {
            var corrections = new EntityCorrections(db, TimeProvider.System);
            var cecile = await db.People.Where(p => p.Name == "Cécile Martin").Select(p => p.Slug).SingleAsync();
            var yves = await db.People.Where(p => p.Name == "Yves Guillemot").Select(p => p.Slug).SingleAsync();
            await corrections.MergePeopleAsync(cecile, yves, "alice", default);
            var openai = await db.Organizations.Where(o => o.Name == "OpenAI").Select(o => o.Slug).SingleAsync();
            var ubisoft = await db.Organizations.Where(o => o.Name == "Ubisoft").Select(o => o.Slug).SingleAsync();
            await corrections.MergeOrganizationsAsync(openai, ubisoft, "alice", default);
        }
        Assert.Equal(3, await WithAsync("Ubisoft", CoMentionKind.Month, 202403) + await WithAsync("Ubisoft", CoMentionKind.Month, 202404));
        Assert.Equal(2, await WithAsync("Ubisoft", CoMentionKind.Person, await PersonIdAsync("Yves Guillemot")));
        await AssertCountsEqualRecountAsync();
    }

    private async Task<int> PersonIdAsync(string name)
    {
        using var db = database.NewContext();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<int> WithAsync(string organization, CoMentionKind kind, int other)
    {
        using var db = database.NewContext();
        return await db.CoMentions.Where(c => c.Organization!.Name == organization && c.Kind == kind && c.OtherId == other)
            .Select(c => c.Articles).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task A_recount_sets_the_counts_it_is_given_from_the_mentions_whatever_was_stored_and_leaves_the_others()
    {
        await SaveAsync(Ubisoft);
        await SaveAsync(Dubbing);
        await SaveAsync(Voices);
        var expected = await CountsAsync("Ubisoft");
        using (var db = database.NewContext())
        {
            await db.Organizations.ExecuteUpdateAsync(s => s.SetProperty(o => o.ArticleCount, 99));
            await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.ArticleCount, 99));
            var ubisoft = await db.Organizations.Where(o => o.Name == "Ubisoft").Select(o => o.Id).SingleAsync();
            await new CoverageCounts(db).RecountAsync([ubisoft], [], default);
        }
        Assert.Equal((3, 99), await CountsAsync("Ubisoft"));
        Assert.Equal(99, (await CountsAsync("OpenAI")).Organization);

        using (var db = database.NewContext()) await new CoverageCounts(db).RecountAsync(null, null, default);
        Assert.Equal(expected, await CountsAsync("Ubisoft"));
        Assert.Equal((3, 2), expected);
        Assert.Equal(3, (await CountsAsync("OpenAI")).Organization);
        await AssertCountsEqualRecountAsync();
    }

    private async Task AssertCountsEqualRecountAsync()
    {
        using var db = database.NewContext();
        var kept = await Claims.LedgerScenario.CoverageAsync(db);
        await using var tx = await db.Database.BeginTransactionAsync();
        await new CoverageCounts(db).RecountAsync(null, null, default);
        var recounted = await Claims.LedgerScenario.CoverageAsync(db);
        await tx.RollbackAsync();
        Assert.Equal(string.Join("\n", recounted), string.Join("\n", kept));
    }
}
