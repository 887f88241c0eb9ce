using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// Reads the claim ledger. Filtering by company means its own claims (it is the subject or the
/// attribution), not the claims of articles that merely name it; dates filter on the first citation.
/// </summary>
public sealed class ClaimQueries(TrackerDbContext db, QueryCache cache)
{
    public const string Reported = "reported";
    public const string Projected = "projected";

    /// <summary>The claims a filter lets through; <paramref name="grade"/> keeps reported cuts of that grade.</summary>
    public IQueryable<Claim> Filtered(TrackerFilter filter, string? grade = null)
    {
        var claims = db.Claims.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Org))
        {
            var org = db.Organizations.Where(o => o.Slug == filter.Org).Select(o => (int?)o.Id);
            claims = claims.Where(c => org.Contains(c.AttributionOrganizationId) || org.Contains(c.SubjectOrganizationId));
        }
        if (filter.FromDay is { } from) claims = claims.Where(c => c.FirstSeen >= from);
        if (filter.ToDay is { } to) claims = claims.Where(c => c.FirstSeen <= to);
        if (SectorKey(filter.Sector) is { } sector) claims = InSector(claims, sector);
        if (AiLinkGrader.Parse(grade) is not null)
            claims = WithShownGrade(claims).Where(c => c.Grade == grade).Select(c => c.Claim);
        return claims;
    }

    /// <summary>Each claim with the grade screens show: the operator's (kept apart so a rebuild never loses it), else the ledger's.</summary>
    public IQueryable<GradedClaim> WithShownGrade(IQueryable<Claim> claims) =>
        claims.Select(c => new GradedClaim { Claim = c, Grade = db.ClaimGradeOverrides.Where(g => g.ClaimId == c.Id).Select(g => g.Grade).FirstOrDefault() ?? c.Grade });

    /// <summary>A sector as the query string gives it, a vocabulary key or a French label or phrase, as a key.</summary>
    public static string? SectorKey(string? sector) =>
        string.IsNullOrWhiteSpace(sector) ? null : SectorVocabulary.Find(sector.Trim())?.Key ?? SectorVocabulary.Map(sector);

    /// <summary>Rows for claims, in the order given, with their first citation and their number of variants.</summary>
    public async Task<List<ClaimRow>> RowsAsync(IQueryable<Claim> claims, CancellationToken ct)
    {
        // The page's ids first, then their rows: SQLite computes a row's columns before it sorts, so the
        // first citation's sentence (read from its article's text) was computed for every claim sorted,
        // 10 000 reported cuts for the 40 shown.
        var ids = await claims.Select(c => c.Id).ToListAsync(ct);
        if (ids.Count == 0) return [];
        var unordered = await WithShownGrade(db.Claims.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id))).Select(g => new ClaimRow(g.Claim.Id, g.Claim.Kind, g.Claim.Basis, g.Claim.Value, g.Claim.Unit, g.Claim.Approximate,
                g.Claim.Attribution, g.Claim.Subject, g.Claim.Sector, g.Claim.Year, g.Claim.Citations, g.Claim.FirstSeen, g.Grade,
                g.Claim.FirstFigureId, db.Figures.Where(f => f.Id == g.Claim.FirstFigureId).Select(f => f.Start).FirstOrDefault(), g.Claim.FirstArticleId,
                db.Articles.Where(a => a.Id == g.Claim.FirstArticleId).Select(a => a.Title).FirstOrDefault() ?? "",
                db.Figures.Where(f => f.Id == g.Claim.FirstFigureId).Select(f => f.Article!.Text.Substring(f.Start, f.End - f.Start)).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        var byId = unordered.ToDictionary(r => r.Id);
        return await WithVariantsAsync(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), ct);
    }

    /// <summary>
    /// Counts each row's variants: claims with the same attribution and subject (at least one of
    /// them named), the same horizon and a comparable unit, whose value or kind differ — the drift of
    /// one statement. A share in percent and a count of jobs from one source are two statements.
    /// </summary>
    private async Task<List<ClaimRow>> WithVariantsAsync(List<ClaimRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var sources = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id) && (c.AttributionKey != null || c.SubjectKey != null))
            .Select(c => new { c.Id, c.AttributionKey, c.SubjectKey, c.Year, c.Unit }).ToListAsync(ct);
        if (sources.Count == 0) return rows;
        // One count per statement shown, each a range of the (AttributionKey, SubjectKey, Year, Unit) index.
        // Reading every claim of the rows' attributions and subjects to group them here took most of the
        // dashboard's first request after an import (0.1 s at 10 000 articles), and grew with the coverage of WEF or OpenAI.
        var counts = new Dictionary<(string?, string?, int?, string), int>();
        foreach (var key in sources.Select(s => (s.AttributionKey, s.SubjectKey, s.Year, UnitFamily(s.Unit)[0])).Distinct())
        {
            var (attribution, subject, year, unit) = key;
            var units = UnitFamily(unit);
            counts[key] = await db.Claims.CountAsync(c => c.AttributionKey == attribution && c.SubjectKey == subject && c.Year == year && units.Contains(c.Unit), ct);
        }
        var bySource = sources.ToDictionary(s => s.Id, s => counts[(s.AttributionKey, s.SubjectKey, s.Year, UnitFamily(s.Unit)[0])] - 1);
        return rows.Select(r => bySource.TryGetValue(r.Id, out var n) && n > 0 ? r with { Variants = n } : r).ToList();
    }

    /// <summary>One page of claims under the filters, most cited first (the API's and the export's order).</summary>
    public async Task<Paged<ClaimRow>> PageAsync(TrackerFilter filter, string? kind, string? basis, string? grade, int page, int pageSize, CancellationToken ct)
    {
        var claims = Filtered(filter, grade);
        if (!string.IsNullOrEmpty(kind)) claims = claims.Where(c => c.Kind == kind);
        if (!string.IsNullOrEmpty(basis)) claims = claims.Where(c => c.Basis == basis);
        var total = await claims.CountAsync(ct);
        page = Math.Max(1, page);
        var rows = await RowsAsync(MostCitedFirst(claims)
            .Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Paged<ClaimRow>(rows, page, pageSize, total);
    }

    public async Task<ClaimPage?> ByIdAsync(long id, CancellationToken ct)
    {
        var row = (await RowsAsync(db.Claims.Where(c => c.Id == id), ct)).FirstOrDefault();
        if (row is null) return null;
        var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var citations = await db.ClaimCitations.AsNoTracking().Where(c => c.ClaimId == id)
            .Select(c => new ClaimCitationLine(c.FigureId, c.ArticleId, c.Figure!.Article!.Title, c.Figure.Article.PublishedAt, c.Value, c.Figure.Kind,
                c.Figure.Attribution, c.Figure.Subject,
                c.Figure.Article.Text.Substring(c.Figure.SentenceStart, c.Figure.SentenceEnd - c.Figure.SentenceStart),
                c.Figure.Start - c.Figure.SentenceStart, c.Figure.End - c.Figure.SentenceStart, c.Figure.SentenceStart))
            .ToListAsync(ct);
        citations = citations.OrderBy(c => c.PublishedAt ?? DateOnly.MaxValue).ThenBy(c => c.ArticleId).ThenBy(c => c.FigureId).ToList();
        var units = UnitFamily(claim.Unit);
        var variants = claim.AttributionKey is null && claim.SubjectKey is null ? []
            : await RowsAsync(db.Claims.Where(c => c.Id != id && c.AttributionKey == claim.AttributionKey && c.SubjectKey == claim.SubjectKey && c.Year == claim.Year
                    && units.Contains(c.Unit))
                .OrderBy(c => c.FirstSeen).ThenBy(c => c.Id), ct);
        return new ClaimPage(row, claim.Grade, citations, variants);
    }

    /// <summary>
    /// Units that count one thing, a count of jobs retold as a count of people (not a percentage or an
    /// amount): the first names the family. Claims group by it (the ledger's buckets), variants too.
    /// </summary>
    public static string[] UnitFamily(string unit) => DashboardQueries.JobUnits.Contains(unit) ? DashboardQueries.JobUnits : [unit];

    /// <summary>
    /// Claims cited by articles that name the organisation without it being the claims' source or
    /// subject: what its coverage says around it, kept apart from its own claims. The most cited first.
    /// </summary>
    /// <remarks>
    /// Collecting every claim its articles cite before keeping the most cited took 72 ms of an organisation
    /// page's first request after an import at 10 000 articles (OpenAI: 1 340 articles, 12 000 citations),
    /// and grew with its coverage. So the claims are first read from the most cited down, testing each for a
    /// citing article that names the organisation (an index seek per citation), over the
    /// <see cref="AroundPrefix"/> most cited only: when that finds <paramref name="take"/> of them, they are
    /// the answer, in the same order. A company whose articles cite few of the most cited claims (a small
    /// one) falls back to collecting its articles' claims, which its small coverage keeps cheap.
    /// </remarks>
    public async Task<List<ClaimRow>> MentionedAroundAsync(int organizationId, int take, CancellationToken ct, int prefix = AroundPrefix)
    {
        var others = db.Claims.AsNoTracking().Where(c => c.AttributionOrganizationId != organizationId && c.SubjectOrganizationId != organizationId);
        var mostCited = MostCitedFirst(MostCitedFirst(others).Take(prefix)
            .Where(c => db.ClaimCitations.Any(cc => cc.ClaimId == c.Id && db.Mentions.Any(m => m.OrganizationId == organizationId && m.ArticleId == cc.ArticleId))))
            .Take(take);
        var ids = await mostCited.Select(c => c.Id).ToListAsync(ct);
        if (ids.Count < take)
        {
            var articles = db.Mentions.Where(m => m.OrganizationId == organizationId).Select(m => m.ArticleId);
            var cited = db.ClaimCitations.Where(c => articles.Contains(c.ArticleId)).Select(c => c.ClaimId);
            ids = await MostCitedFirst(others.Where(c => cited.Contains(c.Id))).Take(take).Select(c => c.Id).ToListAsync(ct);
        }
        return await RowsAsync(MostCitedFirst(db.Claims.Where(c => EF.Parameter(ids).Contains(c.Id))), ct);
    }

    /// <summary>How many of the most cited claims <see cref="MentionedAroundAsync"/> tests before it collects instead.</summary>
    public const int AroundPrefix = 1000;

    /// <summary>
    /// Most cited first; among claims cited as often, the one recorded last (a claim's first figure is its
    /// own, so no two claims tie). Read backwards along the index (Citations, FirstFigureId): no sort.
    /// </summary>
    public static IOrderedQueryable<Claim> MostCitedFirst(IQueryable<Claim> claims) =>
        claims.OrderByDescending(c => c.Citations).ThenByDescending(c => c.FirstFigureId);

    /// <summary>
    /// The sectors that have claims, for the filter bar: one index probe per sector of the vocabulary, the
    /// only sectors the ledger stores. DISTINCT read the whole sector index, 50 ms at 800 000 claims, on
    /// every page's first request after an import.
    /// </summary>
    public Task<IReadOnlyList<string>> SectorsAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<string>>(db, "claim-sectors", async () =>
        {
            var present = new List<string>();
            foreach (var key in SectorVocabulary.Entries.Select(e => e.Key).Where(k => k != SectorVocabulary.Unspecified))
                if (await InSector(db.Claims, key).AnyAsync(ct)) present.Add(key);
            return present.Order(StringComparer.Ordinal).ToList();
        }, ct);

    /// <summary>
    /// The claims of one sector. The sector index leaves out the claims of no sector, and SQLite uses a
    /// partial index only when the query says so in its own words, so that condition is repeated here.
    /// </summary>
    private static IQueryable<Claim> InSector(IQueryable<Claim> claims, string sector) =>
        sector == SectorVocabulary.Unspecified ? claims.Where(c => c.Sector == sector)
            : claims.Where(c => c.Sector != SectorVocabulary.Unspecified && c.Sector == sector);
}
