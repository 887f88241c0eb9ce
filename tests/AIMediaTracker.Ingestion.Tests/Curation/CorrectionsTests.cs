using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Curation;

/// <summary>Operators' corrections change what the screens show, leave an audit line, and outlive re-extraction.</summary>
public sealed class CorrectionsTests : IDisposable
{
    private const string Text =
        "Selon Goldman Sachs, 300 millions d'emplois pourraient être menacés par l'IA générative. " +
        "Jeffrey Katzenberg estime que 204 000 emplois du divertissement seront touchés d'ici 2026. " +
        "Jeff Katzenberg a aussi cité Goldman, tandis qu'OpenAI présentait Sora.";

    private readonly TestDatabase database = new();
    private int articleId;

    private async Task<int> StoreAsync(string text = Text)
    {
        var saved = await new ArticleWriter(database.NewContext(), TimeProvider.System)
            .SaveAsync(new ArticleDocument("IA et emplois", text), new ArticleOrigin($"{Guid.NewGuid():N}.txt"), default);
        return articleId = saved.ArticleId!.Value;
    }

    private async Task ReextractAllAsync()
    {
        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);
    }

    private EntityCorrections Entities(TrackerDbContext db) => new(db, TimeProvider.System);

    private FigureCorrections Figures(TrackerDbContext db) =>
        new(db, TimeProvider.System, new ArticleReextractor(db, TimeProvider.System));

    [Fact]
    public async Task Merged_organisations_stay_merged_after_reextraction_and_the_merge_is_recorded()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var openai = await db.Organizations.SingleAsync(o => o.Name == "OpenAI");
            var goldman = await db.Organizations.SingleAsync(o => o.Name == "Goldman Sachs");
            await Entities(db).MergeOrganizationsAsync(openai.Slug, goldman.Slug, "alice", default);
        }
        await ReextractAllAsync();

        using var check = database.NewContext();
        Assert.False(await check.Organizations.AnyAsync(o => o.Name == "OpenAI"));
        var survivor = await check.Organizations.Include(o => o.Aliases).SingleAsync(o => o.Name == "Goldman Sachs");
        Assert.Contains(survivor.Aliases, a => a.Alias == "OpenAI");
        Assert.True(await check.Mentions.AnyAsync(m => m.OrganizationId == survivor.Id
            && check.Articles.Single(a => a.Id == m.ArticleId).Text.Substring(m.Start, m.End - m.Start) == "OpenAI"));
        var audit = await check.Corrections.SingleAsync();
        Assert.Equal(("alice", "organization", survivor.Id, "merge"), (audit.OperatorName, audit.Subject, audit.SubjectId, audit.Action));
        Assert.Contains("OpenAI", audit.Detail);
    }

    [Fact]
    public async Task A_renamed_organisation_keeps_its_new_name_after_reextraction_and_a_new_article()
    {
        await StoreAsync();
        string slug;
        using (var db = database.NewContext())
        {
            slug = (await db.Organizations.SingleAsync(o => o.Name == "Goldman Sachs")).Slug;
            await Entities(db).RenameOrganizationAsync(slug, "Goldman Sachs Group", "alice", default);
        }
        await ReextractAllAsync();
        await StoreAsync("La banque Goldman Sachs Group publie une étude sur l'IA et les emplois des studios.");

        using var check = database.NewContext();
        var org = await check.Organizations.SingleAsync(o => o.Slug == slug);
        Assert.Equal("Goldman Sachs Group", org.Name);
        Assert.Equal(1, await check.Organizations.CountAsync(o => o.Name.StartsWith("Goldman")));
        Assert.Equal(2, await check.Mentions.Where(m => m.OrganizationId == org.Id).Select(m => m.ArticleId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Merged_people_stay_merged_after_reextraction()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var names = await db.People.Select(p => p.Name).ToListAsync();
            Assert.Contains("Jeff Katzenberg", names);
            Assert.Contains("Jeffrey Katzenberg", names);
            await Entities(db).MergePeopleAsync("jeff-katzenberg", "jeffrey-katzenberg", "bob", default);
        }
        await ReextractAllAsync();

        using var check = database.NewContext();
        Assert.False(await check.People.AnyAsync(p => p.Slug == "jeff-katzenberg"));
        var survivor = await check.People.SingleAsync(p => p.Slug == "jeffrey-katzenberg");
        Assert.Equal(2, await check.Mentions.CountAsync(m => m.PersonId == survivor.Id));
    }

    [Fact]
    public async Task A_rejected_figure_stays_out_after_reextraction_until_restored()
    {
        await StoreAsync();
        long figureId;
        using (var db = database.NewContext())
        {
            figureId = await db.Figures.Where(f => f.Value == 204000).Select(f => f.Id).SingleAsync();
            await Figures(db).RejectAsync(figureId, "alice", default);
        }
        await ReextractAllAsync();
        using (var db = database.NewContext())
        {
            Assert.False(await db.Figures.AnyAsync(f => f.Value == 204000));
            Assert.True(await db.Figures.AnyAsync(f => f.Value == 300_000_000), "other figures are rebuilt");
            var verdict = await db.FigureCorrections.SingleAsync();
            Assert.True(verdict.Rejected);
            await Figures(db).RestoreAsync(verdict.Id, "alice", default);
        }

        using var check = database.NewContext();
        Assert.True(await check.Figures.AnyAsync(f => f.Value == 204000));
        Assert.Equal(["reject", "restore"], await check.Corrections.OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
    }

    [Fact]
    public async Task A_correction_that_changes_nothing_is_not_logged()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var openai = await db.Organizations.SingleAsync(o => o.Name == "OpenAI");
            await Entities(db).RenameOrganizationAsync(openai.Slug, " OpenAI ", "alice", default);
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            await Entities(db).RenamePersonAsync(person.Slug, person.Name, "alice", default);
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            await Figures(db).SetKindAsync(figure.Id, figure.Kind, "alice", default);
        }

        using var check = database.NewContext();
        Assert.Empty(await check.Corrections.ToListAsync());
        Assert.Empty(await check.FigureCorrections.ToListAsync());
    }

    [Fact]
    public async Task A_merged_entity_s_old_slug_leads_to_the_survivor()
    {
        await StoreAsync();
        string openai, goldman;
        using (var db = database.NewContext())
        {
            openai = (await db.Organizations.SingleAsync(o => o.Name == "OpenAI")).Slug;
            goldman = (await db.Organizations.SingleAsync(o => o.Name == "Goldman Sachs")).Slug;
            await Entities(db).MergeOrganizationsAsync(goldman, openai, "alice", default);
            await Entities(db).MergePeopleAsync("jeff-katzenberg", "jeffrey-katzenberg", "bob", default);
        }

        var queries = new AIMediaTracker.Data.Queries.CorrectionQueries(database.NewContext());
        Assert.Equal(openai, await queries.OrganizationMergedIntoAsync(goldman, default));
        Assert.Null(await queries.OrganizationMergedIntoAsync("goldman", default));
        Assert.Equal("jeffrey-katzenberg", await queries.PersonMergedIntoAsync("jeff-katzenberg", default));
        Assert.Null(await queries.PersonMergedIntoAsync("jeffrey-katzenberg", default));
    }

    [Fact]
    public async Task A_corrected_figure_kind_is_applied_again_by_reextraction()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            Assert.NotEqual("jobs_lost", figure.Kind);
            await Figures(db).SetKindAsync(figure.Id, "jobs_lost", "alice", default);
        }
        await ReextractAllAsync();

        using var check = database.NewContext();
        Assert.Equal("jobs_lost", (await check.Figures.SingleAsync(f => f.Value == 204000)).Kind);
    }

    [Fact]
    public async Task Basis_attribution_and_subject_set_by_an_operator_are_applied_again_by_reextraction()
    {
        await StoreAsync();
        string basis;
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            basis = figure.Basis == "reported" ? "projected" : "reported";
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(basis, " Future   Unscripted ", "Walt Disney"), "alice", default);
        }
        await ReextractAllAsync();

        using var check = database.NewContext();
        var rebuilt = await check.Figures.SingleAsync(f => f.Value == 204000);
        Assert.Equal((basis, "Future Unscripted", "Walt Disney"), (rebuilt.Basis, rebuilt.Attribution, rebuilt.Subject));
        Assert.NotEqual("Walt Disney", (await check.Figures.SingleAsync(f => f.Value == 300_000_000)).Subject);
        var audit = await check.Corrections.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(["basis", "attribution", "subject"], audit.Select(c => c.Action));
        Assert.All(audit, c => Assert.Equal(("alice", "figure", articleId), (c.OperatorName, c.Subject, c.SubjectId)));
        Assert.StartsWith("Chiffre « 204 000 emplois » : attribution ", audit[1].Detail);
        Assert.EndsWith(" → « Future Unscripted ».", audit[1].Detail);
    }

    [Fact]
    public async Task A_cleared_attribution_stays_cleared_after_reextraction_while_the_basis_is_left_alone()
    {
        await StoreAsync();
        string basis;
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            basis = figure.Basis;
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(Attribution: "Goldman Sachs", Subject: "Netflix"), "alice", default);
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(Attribution: "  "), "bob", default);
        }
        await ReextractAllAsync();

        using var check = database.NewContext();
        var rebuilt = await check.Figures.SingleAsync(f => f.Value == 204000);
        Assert.Equal((basis, null, "Netflix"), (rebuilt.Basis, rebuilt.Attribution, rebuilt.Subject));
        var verdict = await check.FigureCorrections.SingleAsync();
        Assert.Equal((null, "", "Netflix"), (verdict.Basis, verdict.Attribution, verdict.Subject));
        Assert.Equal("Chiffre « 204 000 emplois » : attribution « Goldman Sachs » → (aucune).",
            (await check.Corrections.OrderBy(c => c.Id).LastAsync()).Detail);
    }

    [Theory]
    [InlineData(null, "Goldman Sachs", "Goldman Sachs")]
    [InlineData("", "Goldman Sachs", null)]
    [InlineData("le FMI", "Goldman Sachs", "le FMI")]
    [InlineData("le FMI", null, "le FMI")]
    public void The_operator_value_wins_over_the_extracted_one_and_an_empty_one_removes_it(string? chosen, string? extracted, string? expected) =>
        Assert.Equal(expected, FigureCorrections.Chosen(chosen, extracted));

    [Fact]
    public async Task A_correction_that_changes_nothing_is_neither_logged_nor_stored()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(figure.Basis, figure.Attribution ?? "", figure.Subject ?? ""), "alice", default);
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(), "alice", default);
            await Figures(db).SetKindAsync(figure.Id, figure.Kind, "alice", default);
        }
        using var check = database.NewContext();
        Assert.Empty(await check.Corrections.ToListAsync());
        Assert.Empty(await check.FigureCorrections.ToListAsync());
    }

    [Fact]
    public async Task A_restored_figure_keeps_the_claim_fields_the_operator_gave_it()
    {
        await StoreAsync();
        using (var db = database.NewContext())
        {
            var figure = await db.Figures.SingleAsync(f => f.Value == 204000);
            await Figures(db).SetClaimAsync(figure.Id, new ClaimEdit(Subject: "Walt Disney"), "alice", default);
            await Figures(db).RejectAsync(figure.Id, "alice", default);
            await Figures(db).RestoreAsync((await db.FigureCorrections.SingleAsync()).Id, "alice", default);
        }
        using var check = database.NewContext();
        Assert.Equal("Walt Disney", (await check.Figures.SingleAsync(f => f.Value == 204000)).Subject);
        Assert.False((await check.FigureCorrections.SingleAsync()).Rejected);
    }

    [Fact]
    public async Task Impossible_corrections_are_refused_in_french_and_change_nothing()
    {
        await StoreAsync();
        using var db = database.NewContext();
        var slug = (await db.Organizations.FirstAsync()).Slug;
        var self = await Assert.ThrowsAsync<CorrectionException>(() => Entities(db).MergeOrganizationsAsync(slug, slug, "alice", default));
        Assert.Contains("elle-même", self.Message);
        await Assert.ThrowsAsync<CorrectionException>(() => Entities(db).MergeOrganizationsAsync(slug, "nexiste-pas", "alice", default));
        await Assert.ThrowsAsync<CorrectionException>(() => Entities(db).RenameOrganizationAsync(slug, "  ", "alice", default));
        var figureId = await db.Figures.Select(f => f.Id).FirstAsync();
        await Assert.ThrowsAsync<CorrectionException>(() => Figures(db).SetKindAsync(figureId, "licenciements", "alice", default));
        var basis = await Assert.ThrowsAsync<CorrectionException>(() => Figures(db).SetClaimAsync(figureId, new ClaimEdit("estimé", "FMI"), "alice", default));
        Assert.Contains("Base de chiffre inconnue", basis.Message);
        await Assert.ThrowsAsync<CorrectionException>(() => Figures(db).SetClaimAsync(figureId, new ClaimEdit(Subject: new string('x', 201)), "alice", default));
        using var check = database.NewContext();
        Assert.Empty(await check.Corrections.ToListAsync());
        Assert.True(await check.Organizations.AnyAsync(o => o.Slug == slug));
        Assert.Empty(await check.FigureCorrections.ToListAsync());
    }

    public void Dispose() => database.Dispose();
}
