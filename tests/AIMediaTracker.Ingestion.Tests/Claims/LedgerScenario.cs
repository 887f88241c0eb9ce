using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Claims;

/// <summary>
/// Stores articles whose figures' claim fields the test sets (the extractor reads the numbers, the
/// test says who states them), and compares the ledger with one rebuilt from scratch.
/// </summary>
internal sealed class LedgerScenario(TestDatabase database)
{
    /// <summary>A reported cut whose sentence names AI as the employer's reason (graded explicit).</summary>
    public const string Cuts =
        "Chez Ubisoft, la direction invoque l'IA : 1 200 postes ont été supprimés, remplacés par l'IA générative.";
    public const string Study =
        "Selon le Forum économique mondial, 83 millions d'emplois seront supprimés d'ici 2027 dans le monde.";

    /// <summary><see cref="Cuts"/>, reported, at Ubisoft.</summary>
    public Task<int> StoreCutAsync() =>
        StoreAsync(Cuts, new DateOnly(2024, 5, 2), f => f with { Basis = FigureBasis.Reported, Subject = "Ubisoft" });

    /// <summary><see cref="Study"/>, projected, according to the WEF.</summary>
    public Task<int> StoreStudyAsync() =>
        StoreAsync(Study, new DateOnly(2024, 3, 5), f => f with { Basis = FigureBasis.Projected, Attribution = "Forum économique mondial" });

    public async Task<int> StoreAsync(string body, DateOnly published, Func<FigureFact, FigureFact>? claim = null, TrackerDbContext? db = null)
    {
        var document = new ArticleDocument("Emplois et IA", body, PublishedAt: published);
        var prepared = PreparedArticle.Of(document, new ArticleOrigin($"{Guid.NewGuid():N}.txt"));
        if (claim is not null) prepared = prepared.WithFacts(prepared.Facts! with { Figures = prepared.Facts!.Figures.Select(claim).ToList() });
        var saved = await new ArticleWriter(db ?? database.NewContext(), TimeProvider.System).SaveAllAsync([prepared], default);
        return saved[0].ArticleId!.Value;
    }

    /// <summary>Every claim and citation, one line each, in id order.</summary>
    public static async Task<List<string>> SnapshotAsync(TrackerDbContext db)
    {
        var claims = await db.Claims.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var citations = await db.ClaimCitations.AsNoTracking().OrderBy(c => c.FigureId).ToListAsync();
        return claims.Select(c => string.Join('|', c.Id, c.Bucket, c.Kind, c.Unit, c.Basis, c.Value, c.MinValue, c.MaxValue, c.Approximate,
                c.Attribution, c.AttributionOrganizationId, c.Subject, c.SubjectOrganizationId, c.Sector, c.Year, c.Citations,
                c.FirstArticleId, c.FirstFigureId, c.FirstSeen, c.LastSeen, c.Grade))
            .Concat(citations.Select(c => $"cite {c.FigureId} {c.ClaimId} {c.ArticleId} {c.Value}"))
            .Concat(await CoverageAsync(db))
            .Concat(await TalliesAsync(db))
            .ToList();
    }

    /// <summary>The sums kept beside the ledger for the dashboard's counters (ClaimTally), one line each.</summary>
    public static async Task<List<string>> TalliesAsync(TrackerDbContext db) =>
        (await db.ClaimTallies.AsNoTracking().ToListAsync())
            .OrderBy(t => t.Kind).ThenBy(t => t.Sector).ThenBy(t => t.By).ThenBy(t => t.Grade).ThenBy(t => t.Month).ThenBy(t => t.CompanyId)
            .Select(t => FormattableString.Invariant($"tally {t.Kind} {t.Sector} {t.By} {t.Grade} {t.Month} {t.CompanyId} {t.Jobs:F3} {t.Claims}"))
            .ToList();

    /// <summary>The coverage counts kept beside the ledger (CoverageCounts, with the co-mentions), rebuilt with it.</summary>
    public static async Task<List<string>> CoverageAsync(TrackerDbContext db)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => $"org {o.Id} {o.Name} {o.ArticleCount}").ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => $"person {p.Id} {p.Name} {p.ArticleCount}").ToListAsync();
        var coMentions = (await db.CoMentions.AsNoTracking().ToListAsync())
            .OrderBy(c => c.OrganizationId).ThenBy(c => c.Kind).ThenBy(c => c.OtherId).Select(c => $"with {c.OrganizationId} {c.Kind} {c.OtherId} {c.Articles}");
        return [.. organizations, .. people, .. coMentions];
    }

    /// <summary>Asserts the kept ledger is the rebuilt one, leaving the kept one in place.</summary>
    public async Task AssertLedgerEqualsRebuildAsync()
    {
        using var db = database.NewContext();
        var kept = await SnapshotAsync(db);
        await using var tx = await db.Database.BeginTransactionAsync();
        await new ClaimLedger(db).RebuildAsync(default);
        var rebuilt = await SnapshotAsync(db);
        await tx.RollbackAsync();
        Assert.Equal(string.Join("\n", rebuilt), string.Join("\n", kept));
    }
}
