using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>The claim ledger kept at write time is always the ledger a rebuild from scratch gives.</summary>
public sealed class ClaimLedgerTests : IDisposable
{
    private const string Study =
        "Selon le Forum économique mondial, 83 millions d'emplois seront supprimés d'ici 2027 dans le monde.";
    private const string StudyAgain =
        "Le Forum économique mondial prévoit que 83,2 millions d'emplois seront supprimés d'ici 2027.";
    private const string Cuts =
        "Chez Ubisoft, la direction invoque l'IA : 1 200 postes ont été supprimés, remplacés par l'IA générative.";

    private readonly TestDatabase database = new();
    private readonly LedgerScenario scenario;

    public ClaimLedgerTests() => scenario = new LedgerScenario(database);

    public void Dispose() => database.Dispose();

    private static Func<FigureFact, FigureFact> Projection(string attribution) =>
        f => f with { Basis = FigureBasis.Projected, Attribution = attribution };

    private static Func<FigureFact, FigureFact> CutAt(string subject) => f => f with { Basis = FigureBasis.Reported, Subject = subject };

    private EntityCorrections Entities(TrackerDbContext db) => new(db, TimeProvider.System);

    private FigureCorrections Figures(TrackerDbContext db) => new(db, TimeProvider.System, new ArticleReextractor(db, TimeProvider.System));

    private const string Goldman = "Selon Goldman Sachs, 300 millions d'emplois pourraient être menacés par l'IA générative.";
    private const string OpenAi = "Selon OpenAI, 301 millions d'emplois pourraient être menacés par l'IA générative.";

    [Fact]
    public async Task A_rebuild_in_parts_keeps_each_claim_whole_and_gives_the_ledger_a_rebuild_at_once_gives()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(StudyAgain, new DateOnly(2024, 4, 10), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Cuts, new DateOnly(2024, 5, 2), CutAt("Ubisoft"));
        await scenario.StoreAsync(Goldman, new DateOnly(2024, 1, 8), Projection("Goldman Sachs"));
        await scenario.StoreAsync(OpenAi, new DateOnly(2024, 2, 8), Projection("OpenAI"));
        using var db = database.NewContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        var ledger = new ClaimLedger(db);

        Assert.Equal(1, await ledger.RebuildAsync(int.MaxValue, default));
        var atOnce = await LedgerScenario.SnapshotAsync(db);
        Assert.True(await ledger.RebuildAsync(figuresPerPart: 1, default) > 1);

        Assert.Equal(string.Join("\n", atOnce), string.Join("\n", await LedgerScenario.SnapshotAsync(db)));
        Assert.Equal(2, await db.Claims.Where(c => c.Attribution == "Forum économique mondial").Select(c => c.Citations).SingleAsync());
    }

    [Fact]
    public async Task The_kept_ledger_equals_a_rebuild_after_imports_corrections_a_merge_and_reextraction()
    {
        var study = await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.AssertLedgerEqualsRebuildAsync();
        var again = await scenario.StoreAsync(StudyAgain, new DateOnly(2024, 4, 10), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Cuts, new DateOnly(2024, 5, 2), CutAt("Ubisoft"));
        await scenario.StoreAsync(Goldman, new DateOnly(2024, 1, 8), Projection("Goldman Sachs"));
        await scenario.StoreAsync(OpenAi, new DateOnly(2024, 2, 8), Projection("OpenAI"));
        await scenario.AssertLedgerEqualsRebuildAsync();

        using (var db = database.NewContext())
        {
            Assert.Equal(2, await db.Claims.Where(c => c.Attribution == "Forum économique mondial").Select(c => c.Citations).SingleAsync());
            var figure = await db.Figures.SingleAsync(f => f.ArticleId == again);
            await Figures(db).RejectAsync(figure.Id, "alice", default);
        }
        await scenario.AssertLedgerEqualsRebuildAsync();
        using (var db = database.NewContext())
        {
            Assert.Equal(1, await db.Claims.Where(c => c.Attribution == "Forum économique mondial").Select(c => c.Citations).SingleAsync());
            var verdict = await db.FigureCorrections.SingleAsync(c => c.Rejected);
            await Figures(db).RestoreAsync(verdict.Id, "alice", default);
        }
        await scenario.AssertLedgerEqualsRebuildAsync();
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.ArticleId == study);
            await Figures(db).SetKindAsync(figure.Id, "jobs_at_risk", "alice", default);
        }
        await scenario.AssertLedgerEqualsRebuildAsync();

        using (var db = database.NewContext())
        {
            Assert.Equal(2, await db.Claims.CountAsync(c => c.Attribution == "Goldman Sachs" || c.Attribution == "OpenAI"));
            var openai = await db.Organizations.SingleAsync(o => o.Name == "OpenAI");
            var goldman = await db.Organizations.SingleAsync(o => o.Name == "Goldman Sachs");
            await Entities(db).MergeOrganizationsAsync(openai.Slug, goldman.Slug, "alice", default);
        }
        await scenario.AssertLedgerEqualsRebuildAsync();
        using (var db = database.NewContext())
        {
            // One source now: « 300 millions » and « 301 millions » are 0.3 % apart, one claim cited twice.
            var merged = await db.Claims.SingleAsync(c => c.Attribution == "Goldman Sachs");
            Assert.Equal((2, 300_000_000d, 301_000_000d), (merged.Citations, merged.MinValue, merged.MaxValue));
        }

        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);
        await scenario.AssertLedgerEqualsRebuildAsync();
    }

    [Fact]
    public async Task A_claim_keeps_its_id_when_its_article_is_extracted_again()
    {
        var id = await scenario.StoreAsync(Cuts, new DateOnly(2024, 5, 2));
        long before;
        using (var db = database.NewContext()) before = await db.Claims.Select(c => c.Id).SingleAsync();
        await new ArticleReextractor(database.NewContext(), TimeProvider.System).ReextractAsync(id, default);
        using var check = database.NewContext();
        Assert.Equal(before, await check.Claims.Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task A_reported_cut_and_a_projection_with_the_same_number_are_two_claims()
    {
        await scenario.StoreAsync(Cuts, new DateOnly(2024, 5, 2), CutAt("Ubisoft"));
        await scenario.StoreAsync(Cuts.Replace("ont été supprimés", "pourraient être supprimés d'ici 2026"), new DateOnly(2024, 6, 2),
            f => f with { Basis = FigureBasis.Projected, Subject = "Ubisoft" });

        using var db = database.NewContext();
        var claims = await db.Claims.OrderBy(c => c.Basis).ToListAsync();
        Assert.Equal([("projected", 1200d), ("reported", 1200d)], claims.Select(c => (c.Basis, c.Value)));
    }

    [Fact]
    public async Task One_number_of_jobs_and_of_people_cut_is_one_claim()
    {
        await scenario.StoreAsync("La banque supprime 9 000 emplois. Elle a signé avec les syndicats un accord prévoyant 9 000 départs volontaires.",
            new DateOnly(2024, 9, 2), CutAt("Intesa Sanpaolo"));

        using var db = database.NewContext();
        Assert.Equal(["jobs", "people"], await db.Figures.Where(f => f.Kind == "jobs_lost").OrderBy(f => f.Unit).Select(f => f.Unit).ToListAsync());
        var claim = Assert.Single(await db.Claims.Where(c => c.Kind == "jobs_lost").ToListAsync());
        Assert.Equal((9000d, "jobs"), (claim.Value, claim.Unit));
        Assert.Equal(2, await db.ClaimCitations.CountAsync(c => c.ClaimId == claim.Id));
        await scenario.AssertLedgerEqualsRebuildAsync();
    }

    [Fact]
    public async Task One_cut_of_a_company_relayed_by_two_sources_is_one_claim_but_two_studies_projections_are_two()
    {
        // Accenture's 12 000 departures, told by the article itself and « selon L'Usine Digitale »: one event.
        await scenario.StoreAsync("Accenture a supprimé plus de 12 000 postes en trois mois.", new DateOnly(2025, 9, 27), CutAt("Accenture"));
        await scenario.StoreAsync("Selon L'Usine Digitale, près de 12 000 personnes ont été licenciées chez Accenture.", new DateOnly(2025, 9, 29),
            f => f with { Basis = FigureBasis.Reported, Subject = "Accenture", Attribution = "L'Usine Digitale" });
        // The same number projected by two studies about one company stays two statements.
        await scenario.StoreAsync("Selon Gartner, 12 000 postes pourraient disparaître chez Accenture d'ici 2030.", new DateOnly(2025, 10, 1),
            f => f with { Basis = FigureBasis.Projected, Subject = "Accenture", Attribution = "Gartner" });
        await scenario.StoreAsync("Le cabinet Forrester estime de son côté que l'automatisation menace 12 000 emplois du groupe Accenture à l'horizon 2030.", new DateOnly(2025, 10, 2),
            f => f with { Basis = FigureBasis.Projected, Subject = "Accenture", Attribution = "Forrester" });

        using var db = database.NewContext();
        var reported = Assert.Single(await db.Claims.Where(c => c.Kind == "jobs_lost" && c.Basis == "reported").ToListAsync());
        Assert.Equal((12000d, 2), (reported.Value, reported.Citations));
        Assert.Equal(["Forrester", "Gartner"], await db.Claims.Where(c => c.Basis == "projected").OrderBy(c => c.Attribution).Select(c => c.Attribution).ToListAsync());
        await scenario.AssertLedgerEqualsRebuildAsync();
    }

    [Fact]
    public async Task A_cut_the_employer_is_credited_for_with_ai_as_its_cause_is_explicit()
    {
        // The bank itself announced it: explicit. The same cause told by the article alone: attributed.
        await scenario.StoreAsync("La banque Valdor avait annoncé que quelque 2 000 emplois seraient supprimés en raison des progrès de la technologie de l'IA.",
            new DateOnly(2025, 3, 4), f => f with { Basis = FigureBasis.Reported, Subject = "Valdor", Attribution = "Valdor" });
        await scenario.StoreAsync("Chez l'assureur Norvane, près de 700 postes ont disparu en un an à cause de l'automatisation des sinistres.",
            new DateOnly(2025, 3, 6), CutAt("Norvane"));

        using var db = database.NewContext();
        var grades = await db.Claims.Where(c => c.Kind == "jobs_lost").OrderBy(c => c.Value).Select(c => c.Grade).ToListAsync();
        Assert.Equal(["attributed", "explicit"], grades);
        await scenario.AssertLedgerEqualsRebuildAsync();
    }

    [Fact]
    public async Task A_range_of_cuts_is_one_claim_at_its_lower_end()
    {
        await scenario.StoreAsync("Le groupe informatique prévoit de supprimer 4000 à 6000 postes dans le cadre de son plan d'adoption de l'IA.",
            new DateOnly(2025, 11, 25), CutAt("HP"));

        using var db = database.NewContext();
        Assert.Equal(2, await db.Figures.CountAsync(f => f.Kind == "jobs_lost"));
        Assert.Equal(4000d, Assert.Single(await db.Claims.Where(c => c.Kind == "jobs_lost").Select(c => c.Value).ToListAsync()));
        await scenario.AssertLedgerEqualsRebuildAsync();
    }

    [Fact]
    public async Task Two_values_of_one_study_more_than_half_a_percent_apart_are_two_claims_of_one_source()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Study.Replace("83 millions", "85 millions"), new DateOnly(2024, 3, 9), Projection("Forum économique mondial"));

        using var db = database.NewContext();
        var claims = await db.Claims.OrderBy(c => c.Value).ToListAsync();
        Assert.Equal([83_000_000d, 85_000_000d], claims.Select(c => c.Value));
        Assert.Single(claims.Select(c => (c.AttributionOrganizationId, c.Year)).Distinct());
    }

    [Fact]
    public async Task Listed_claims_count_as_variants_only_the_same_source_horizon_and_unit()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Study.Replace("83 millions", "85 millions"), new DateOnly(2024, 3, 9), Projection("Forum économique mondial"));
        await scenario.StoreAsync("Selon le Forum économique mondial, 23 % des emplois seront supprimés d'ici 2027 dans le monde.",
            new DateOnly(2024, 3, 12), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Study.Replace("83 millions", "90 millions").Replace("2027", "2030"), new DateOnly(2024, 3, 14), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Goldman, new DateOnly(2024, 1, 8), Projection("Goldman Sachs"));
        await scenario.StoreAsync(Goldman.Replace("300 millions", "310 millions"), new DateOnly(2024, 1, 9), Projection("Goldman Sachs"));

        using var db = database.NewContext();
        var page = await new Data.Queries.ClaimQueries(db, new Data.Queries.QueryCache()).PageAsync(Data.Queries.TrackerFilter.None, null, null, null, 1, 20, default);
        var variants = page.Items.ToDictionary(r => (r.Value, r.Unit), r => r.Variants);
        // 83 and 85 million by 2027: one statement that drifted; 23 % and the 2030 horizon are other statements.
        Assert.Equal(1, variants[(83_000_000d, "jobs")]);
        Assert.Equal(1, variants[(85_000_000d, "jobs")]);
        Assert.Equal(0, variants.Single(v => v.Key.Unit != "jobs").Value);
        Assert.Equal(0, variants[(90_000_000d, "jobs")]);
        // Goldman Sachs gives no horizon: its two values are variants of each other, not of the WEF's.
        Assert.Equal(1, variants[(300_000_000d, "jobs")]);
        Assert.Equal(1, variants[(310_000_000d, "jobs")]);
    }

    [Fact]
    public async Task Another_value_of_one_study_is_a_variant_and_a_share_from_the_same_source_is_not()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(Study.Replace("83 millions", "85 millions"), new DateOnly(2024, 3, 9), Projection("Forum économique mondial"));
        await scenario.StoreAsync("Selon le Forum économique mondial, 23 % des emplois seront supprimés d'ici 2027 dans le monde.",
            new DateOnly(2024, 3, 12), Projection("Forum économique mondial"));

        using var db = database.NewContext();
        var first = await db.Claims.SingleAsync(c => c.Value == 83_000_000d);
        var page = await new Data.Queries.ClaimQueries(db, new Data.Queries.QueryCache()).ByIdAsync(first.Id, default);
        Assert.Equal([85_000_000d], page!.Variants.Select(v => v.Value));
        Assert.Equal(1, page.Claim.Variants);
    }

    [Fact]
    public async Task Figures_joining_a_stored_claim_update_it_as_a_rebuild_would()
    {
        // One claim from 83 to 83,2 millions; the figures below fall inside it and join it as they are imported.
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(StudyAgain, new DateOnly(2024, 4, 10), Projection("Forum économique mondial"));
        // Published before the first citation: it becomes the first, with its value.
        await scenario.StoreAsync(Study.Replace("83 millions", "83,1 millions").Replace(" d'ici 2027", ""), new DateOnly(2024, 1, 2),
            Projection("Forum économique mondial"));
        await scenario.AssertLedgerEqualsRebuildAsync();
        await scenario.StoreAsync("Selon un rapport publié cette semaine à Genève par le Forum économique mondial, 83 millions d'emplois seront supprimés d'ici 2027, un chiffre que contestent plusieurs économistes.", new DateOnly(2024, 9, 1), Projection("Forum économique mondial"));
        await scenario.AssertLedgerEqualsRebuildAsync();

        // A cut first read as loosely tied to AI, then cited by an article where the employer names AI.
        await scenario.StoreAsync("Ubisoft a supprimé 1 200 postes cette année, sur fond de baisse des ventes.", new DateOnly(2024, 5, 2), CutAt("Ubisoft"));
        await scenario.StoreAsync(Cuts, new DateOnly(2024, 6, 2), CutAt("Ubisoft"));
        await scenario.AssertLedgerEqualsRebuildAsync();

        using var db = database.NewContext();
        var study = await db.Claims.SingleAsync(c => c.Attribution == "Forum économique mondial" && c.MinValue == 83_000_000d);
        Assert.Equal((4, 83_100_000d, new DateOnly(2024, 1, 2), new DateOnly(2024, 9, 1)), (study.Citations, study.Value, study.FirstSeen!.Value, study.LastSeen!.Value));
        Assert.Equal("explicit", await db.Claims.Where(c => c.Basis == "reported").Select(c => c.Grade).SingleAsync());
    }

    [Fact]
    public async Task A_value_between_two_claims_of_one_source_joins_them_into_one()
    {
        await scenario.StoreAsync(Study, new DateOnly(2024, 3, 5), Projection("Forum économique mondial"));
        await scenario.StoreAsync(StudyAgain.Replace("83,2 millions", "83,7 millions"), new DateOnly(2024, 3, 9), Projection("Forum économique mondial"));
        using (var db = database.NewContext()) Assert.Equal(2, await db.Claims.CountAsync());
        // 83,35 is within 0.5 % of both 83 and 83,7: the two become one claim, as a rebuild makes them.
        await scenario.StoreAsync("Selon un rapport publié à Genève par le Forum économique mondial, 83,35 millions d'emplois seront supprimés d'ici 2027, un chiffre discuté par plusieurs économistes.",
            new DateOnly(2024, 3, 20), Projection("Forum économique mondial"));
        await scenario.AssertLedgerEqualsRebuildAsync();
        using var check = database.NewContext();
        var claim = await check.Claims.SingleAsync(c => c.Kind == "jobs_lost");
        Assert.Equal((83_000_000d, 83_700_000d, 3), (claim.MinValue, claim.MaxValue, claim.Citations));
    }

    [Fact]
    public async Task A_value_inside_a_wide_claim_far_above_its_lowest_value_joins_it()
    {
        // Eleven studies' values, each within 0.5 % of the one before: one claim from 83 to 86 millions,
        // 3.6 % wide. The ledger reads the stored claims near a new value; 85,9 millions lies inside this
        // one although its lowest value is far below, and must join it rather than open a claim of its own.
        for (var i = 0; i <= 10; i++)
            await scenario.StoreAsync(Distinct(i) + Study.Replace("83 millions", $"{83 + 0.3 * i:0.0} millions".Replace('.', ',')),
                new DateOnly(2024, 3, 1 + i), Projection("Forum économique mondial"));
        using (var db = database.NewContext())
            Assert.Equal((83_000_000d, 86_000_000d), await db.Claims.Select(c => new ValueTuple<double, double>(c.MinValue, c.MaxValue)).SingleAsync());
        await scenario.StoreAsync(Distinct(11) + Study.Replace("83 millions", "85,9 millions"), new DateOnly(2024, 4, 1), Projection("Forum économique mondial"));
        // Just above its highest value: the claim grows.
        await scenario.StoreAsync(Distinct(12) + Study.Replace("83 millions", "86,2 millions"), new DateOnly(2024, 4, 2), Projection("Forum économique mondial"));
        await scenario.AssertLedgerEqualsRebuildAsync();
        using var check = database.NewContext();
        Assert.Equal((83_000_000d, 86_200_000d, 13), await check.Claims.Select(c => new ValueTuple<double, double, int>(c.MinValue, c.MaxValue, c.Citations)).SingleAsync());

        // Words of their own, so that no article is a near-duplicate of another.
        static string Distinct(int i) => string.Join(" ", Enumerable.Range(0, 40).Select(k => $"note{i}x{k}")) + ".\n\n";
    }
}
