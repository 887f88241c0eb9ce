using System.Globalization;
using System.Linq.Expressions;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// The dashboard, read from the claim ledger: reported cuts and creations summed over distinct claims
/// (never a projection), projections listed one claim per row (never summed), and the coverage counts.
/// The ledger is kept at write time, so nothing here regroups the figures.
/// </summary>
public sealed class DashboardQueries(TrackerDbContext db, QueryCache cache, ClaimQueries claims)
{
    public const string JobsLost = "jobs_lost";
    public const string JobsCreated = "jobs_created";
    /// <summary>The units a count of jobs comes in: the counters add these and no other.</summary>
    public static readonly string[] JobUnits = ["jobs", "people"];
    /// <summary>The kinds the counters add up: with <see cref="JobUnits"/>, the claims <c>IX_Claims_ReportedJobs</c> holds.</summary>
    public static readonly string[] CountedKinds = [JobsLost, JobsCreated];

    public Task<DashboardView> GetAsync(TrackerFilter filter, CancellationToken ct) => GetAsync(filter, null, ct);

    /// <summary><paramref name="grade"/> ("explicit", "attributed", "unclear") keeps the reported cuts of that grade.</summary>
    public Task<DashboardView> GetAsync(TrackerFilter filter, string? grade, CancellationToken ct) =>
        cache.GetOrAddAsync(db, $"dashboard|{filter}|{grade}", () => ComputeAsync(filter, grade, ct), ct);

    private async Task<DashboardView> ComputeAsync(TrackerFilter filter, string? grade, CancellationToken ct)
    {
        var articles = FilteredArticles.Apply(db.Articles.AsNoTracking(), filter);
        var ids = FilteredArticles.Ids(articles);
        var all = claims.Filtered(filter);
        var reported = JobClaims(all, JobsLost);
        var cuts = grade is null ? reported : JobClaims(claims.Filtered(filter, grade), JobsLost);
        var created = JobClaims(all, JobsCreated);

        // Unfiltered (but for a sector) and every grade: the sums the ledger keeps (ClaimTally). Otherwise
        // the claims the filter lets through are summed here.
        var sector = ClaimQueries.SectorKey(filter.Sector);
        var tallied = grade is null && string.IsNullOrEmpty(filter.Org) && filter.FromDay is null && filter.ToDay is null;
        var sums = tallied ? await TalliedSumsAsync(sector, ct) : await ClaimSumsAsync(reported, cuts, created, ct);

        var byGrade = await WithOperatorGradesAsync(sums.ByGrade, reported, ct);
        ClaimTotal Of(string name) => byGrade.GetValueOrDefault(name, ClaimTotal.Zero);
        var cutTotal = grade is null ? new ClaimTotal(byGrade.Values.Sum(g => g.Jobs), byGrade.Values.Sum(g => g.Claims)) : Of(grade);
        var jobs = new ReportedJobs(cutTotal, Of("explicit"), Of("attributed"), Of("unclear"), sums.Created, sums.WithoutCompany);

        var months = Months(sums.CutMonths, sums.CreatedMonths);
        var byCompany = await NamedAsync(sums.Companies, cuts, ct);

        var cutRows = await claims.RowsAsync(Latest(cuts).Take(RowsShown), ct);
        var projections = await claims.RowsAsync(MostCitedProjections(all).Take(RowsShown), ct);

        // Unfiltered, the organisations and people named read the counts kept at write time (CoverageCounts);
        // a filter narrows the articles, and its mentions are grouped as asked.
        var unfiltered = filter.IsEmpty;
        var counts = new HeadlineCounts(
            await articles.CountAsync(ct),
            await articles.Where(a => a.SourceId != null).Select(a => a.SourceId).Distinct().CountAsync(ct),
            unfiltered ? await db.Organizations.CountAsync(o => o.ArticleCount > 0, ct)
                : await db.Mentions.Where(m => m.OrganizationId != null && ids.Contains(m.ArticleId)).Select(m => m.OrganizationId).Distinct().CountAsync(ct),
            unfiltered ? await db.People.CountAsync(p => p.ArticleCount > 0, ct)
                : await db.Mentions.Where(m => m.PersonId != null && ids.Contains(m.ArticleId)).Select(m => m.PersonId).Distinct().CountAsync(ct),
            await all.CountAsync(ct));

        // Grouped by day in the database: a few hundred days cross the wire, not one row per article.
        var days = await articles.Where(a => a.PublishedAt != null).GroupBy(a => a.PublishedAt!.Value)
            .Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        var weekly = DateBuckets.Count(days.Select(d => (d.Day, d.Count)), DateBuckets.Week);

        // « Articles qui la citent »: the coverage of each organisation, its own count, apart from its claims.
        var topOrgs = unfiltered
            ? await db.Organizations.AsNoTracking().Where(o => o.ArticleCount > 0).OrderByDescending(o => o.ArticleCount).ThenBy(o => o.Name).Take(10)
                .Select(o => new Named(o.Slug, o.Name, o.ArticleCount)).ToListAsync(ct)
            : await MentionRanking.OrganizationsAsync(db.Mentions.Where(m => ids.Contains(m.ArticleId)), 10, ct);

        var byYear = (await all.Where(c => c.Year != null).GroupBy(c => c.Year!.Value).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(y => y.Year)
            .Select(y => new CountPoint(y.Year.ToString(CultureInfo.InvariantCulture), y.Count, y.Year.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        return new DashboardView(counts, jobs, months, byCompany, cutRows, projections, weekly,
            topOrgs.Select(o => new CountPoint(o.Name, o.Count, o.Slug)).ToList(), byYear);
    }

    private const int RowsShown = 40;

    /// <summary>What the counters add up: ledger grades' totals of reported cuts, created jobs, both by month, cuts by company.</summary>
    private sealed record JobSums(Dictionary<string, ClaimTotal> ByGrade, ClaimTotal Created, List<MonthTotal> CutMonths, List<MonthTotal> CreatedMonths,
        List<CompanyTotal> Companies, ClaimTotal WithoutCompany);

    /// <summary>Cuts of one company: the claims' subject, their employer.</summary>
    private sealed record CompanyTotal(int Org, double Jobs, int Claims);

    private const int CompaniesShown = 12;

    /// <summary>
    /// From the sums the ledger keeps (<see cref="ClaimTally"/>): one row per grade, month or company of
    /// each sector, thousands at 100 000 articles where the claims summed are 90 000.
    /// </summary>
    private async Task<JobSums> TalliedSumsAsync(string? sector, CancellationToken ct)
    {
        var tallies = db.ClaimTallies.AsNoTracking().Where(t => sector == null || t.Sector == sector);
        IQueryable<KeyedSum<TKey>> Along<TKey>(string kind, ClaimTallyDimension by, Expression<Func<ClaimTally, TKey>> key) =>
            tallies.Where(t => t.Kind == kind && t.By == by).GroupBy(key)
                .Select(g => new KeyedSum<TKey> { Key = g.Key, Jobs = g.Sum(t => t.Jobs), Claims = g.Sum(t => t.Claims) });
        async Task<List<MonthTotal>> ByMonthAsync(string kind) =>
            (await Along(kind, ClaimTallyDimension.Month, t => t.Month).ToListAsync(ct)).Where(m => m.Key != 0)
            .Select(m => new MonthTotal { Year = m.Key / 100, Month = m.Key % 100, Jobs = m.Jobs, Claims = m.Claims }).ToList();

        var byGrade = (await Along(JobsLost, ClaimTallyDimension.Grade, t => t.Grade).ToListAsync(ct)).ToDictionary(g => g.Key, g => new ClaimTotal(g.Jobs, g.Claims));
        var created = await Along(JobsCreated, ClaimTallyDimension.Grade, t => t.Grade).ToListAsync(ct);
        var companies = (await Along(JobsLost, ClaimTallyDimension.Company, t => t.CompanyId).Where(g => g.Key != 0)
                .OrderByDescending(g => g.Jobs).ThenBy(g => g.Key).Take(CompaniesShown).ToListAsync(ct))
            .Select(c => new CompanyTotal(c.Key, c.Jobs, c.Claims)).ToList();
        // The company 0: the cuts no identified company made.
        var withoutCompany = await Along(JobsLost, ClaimTallyDimension.Company, t => t.CompanyId).Where(g => g.Key == 0).FirstOrDefaultAsync(ct);
        return new JobSums(byGrade, new ClaimTotal(created.Sum(g => g.Jobs), created.Sum(g => g.Claims)),
            await ByMonthAsync(JobsLost), await ByMonthAsync(JobsCreated), companies,
            withoutCompany is null ? ClaimTotal.Zero : new ClaimTotal(withoutCompany.Jobs, withoutCompany.Claims));
    }

    // A member-initialised type, not a record: EF projects grouped results into its members.
    private sealed class KeyedSum<TKey>
    {
        public required TKey Key { get; init; }
        public double Jobs { get; init; }
        public int Claims { get; init; }
    }

    /// <summary>From the claims a filter lets through, summed in the database.</summary>
    private static async Task<JobSums> ClaimSumsAsync(IQueryable<Entities.Claim> reported, IQueryable<Entities.Claim> cuts, IQueryable<Entities.Claim> created, CancellationToken ct)
    {
        var byGrade = (await reported.GroupBy(c => c.Grade).Select(g => new { Grade = g.Key, Jobs = g.Sum(c => c.Value), Claims = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Grade ?? "", g => new ClaimTotal(g.Jobs, g.Claims));
        var createdTotal = await created.GroupBy(_ => 1).Select(g => new ClaimTotal(g.Sum(c => c.Value), g.Count())).FirstOrDefaultAsync(ct) ?? ClaimTotal.Zero;
        // Only cuts of a known company: the cuts of no organisation (a sector's, a person's count) are one
        // group, which no name fits, and it sat among the companies under whichever source sorted last.
        // The company is the employer (the subject), never who counted: a broker's tally of a sector's
        // layoffs (« selon BestBrokers, 13 000 employés du jeu vidéo ») is no cut of the broker's.
        var companies = (await cuts.Where(c => c.SubjectOrganizationId != null)
                .GroupBy(c => c.SubjectOrganizationId)
                .Select(g => new { Org = g.Key, Jobs = g.Sum(c => c.Value), Claims = g.Count() })
                .OrderByDescending(g => g.Jobs).ThenBy(g => g.Org).Take(CompaniesShown).ToListAsync(ct))
            .Select(c => new CompanyTotal(c.Org!.Value, c.Jobs, c.Claims)).ToList();
        var withoutCompany = await cuts.Where(c => c.SubjectOrganizationId == null).GroupBy(_ => 1)
            .Select(g => new ClaimTotal(g.Sum(c => c.Value), g.Count())).FirstOrDefaultAsync(ct) ?? ClaimTotal.Zero;
        return new JobSums(byGrade, createdTotal, await ByMonth(cuts).ToListAsync(ct), await ByMonth(created).ToListAsync(ct), companies, withoutCompany);
    }

    /// <summary>
    /// The companies named: from the organisations table, or, for an organisation no longer there, by the
    /// text of a source, read only then.
    /// </summary>
    private async Task<List<CompanyJobs>> NamedAsync(List<CompanyTotal> companies, IQueryable<Entities.Claim> cuts, CancellationToken ct)
    {
        var orgIds = companies.Select(c => c.Org).ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Slug, o.Name), ct);
        var byCompany = new List<CompanyJobs>(companies.Count);
        foreach (var c in companies)
        {
            if (orgs.TryGetValue(c.Org, out var o)) { byCompany.Add(new CompanyJobs(o.Slug, o.Name, c.Jobs, c.Claims)); continue; }
            var name = await cuts.Where(k => k.SubjectOrganizationId == c.Org).MaxAsync(k => k.Subject, ct);
            byCompany.Add(new CompanyJobs(null, name ?? "", c.Jobs, c.Claims));
        }
        return byCompany;
    }

    /// <summary>Reported claims (<see cref="JobClaims"/>) newest first, along <c>IX_Claims_LatestReportedJobs</c>.</summary>
    public static IQueryable<Entities.Claim> Latest(IQueryable<Entities.Claim> jobClaims) =>
        jobClaims.OrderByDescending(c => c.FirstSeen).ThenByDescending(c => c.Value);

    /// <summary>Projections, most cited first, then the last recorded, along the partial index of projections (the basis is a constant).</summary>
    public static IQueryable<Entities.Claim> MostCitedProjections(IQueryable<Entities.Claim> claims) =>
        ClaimQueries.MostCitedFirst(claims.Where(c => c.Basis == ClaimQueries.Projected));

    /// <summary>
    /// Reported claims of one counted kind. The predicate of the partial index <c>IX_Claims_ReportedJobs</c>
    /// is repeated word for word (constants, not parameters): SQLite uses a partial index only for a query
    /// whose WHERE visibly implies the index's.
    /// </summary>
    public static IQueryable<Entities.Claim> JobClaims(IQueryable<Entities.Claim> claims, string kind) =>
        claims.Where(c => c.Basis == ClaimQueries.Reported && CountedKinds.Contains(c.Kind) && JobUnits.Contains(c.Unit) && c.Kind == kind);

    /// <summary>
    /// Totals per grade as the screens show them (ClaimQueries.WithShownGrade): the ledger's grades' totals,
    /// then the few claims an operator graded again moved to their grade. Grouping on the shown grade itself
    /// would test the override table once per claim (and SQLite grouped that correlated key wrongly);
    /// fetching every claim to group here grew with the database.
    /// </summary>
    private async Task<Dictionary<string, ClaimTotal>> WithOperatorGradesAsync(Dictionary<string, ClaimTotal> totals, IQueryable<Entities.Claim> claims, CancellationToken ct)
    {
        // From the few overrides to their claims: joined the other way, the database read every claim summed.
        var overridden = await db.ClaimGradeOverrides.Select(o => o.ClaimId).ToListAsync(ct);
        if (overridden.Count == 0) return totals;
        var regraded = await claims.Where(c => EF.Parameter(overridden).Contains(c.Id))
            .Join(db.ClaimGradeOverrides, c => c.Id, o => o.ClaimId, (c, o) => new { c.Value, From = c.Grade, To = o.Grade })
            .Where(r => r.From != r.To).ToListAsync(ct);
        foreach (var r in regraded)
        {
            var from = totals.GetValueOrDefault(r.From ?? "", ClaimTotal.Zero);
            totals[r.From ?? ""] = new ClaimTotal(from.Jobs - r.Value, from.Claims - 1);
            var to = totals.GetValueOrDefault(r.To, ClaimTotal.Zero);
            totals[r.To] = new ClaimTotal(to.Jobs + r.Value, to.Claims + 1);
        }
        return totals;
    }

    /// <summary>Cuts and creations by month of first citation; undated claims have no month.</summary>
    private static List<MonthJobs> Months(List<MonthTotal> cutMonths, List<MonthTotal> createdMonths) =>
        cutMonths.Select(m => (m.Year, m.Month)).Union(createdMonths.Select(m => (m.Year, m.Month))).Order()
            .Select(key =>
            {
                var cut = cutMonths.FirstOrDefault(m => (m.Year, m.Month) == key);
                var made = createdMonths.FirstOrDefault(m => (m.Year, m.Month) == key);
                return new MonthJobs(new DateOnly(key.Year, key.Month, 1), cut?.Jobs ?? 0, cut?.Claims ?? 0, made?.Jobs ?? 0, made?.Claims ?? 0);
            })
            .ToList();

    private static IQueryable<MonthTotal> ByMonth(IQueryable<Entities.Claim> claims) =>
        claims.Where(c => c.FirstSeen != null)
            .GroupBy(c => new { c.FirstSeen!.Value.Year, c.FirstSeen.Value.Month })
            .Select(g => new MonthTotal { Year = g.Key.Year, Month = g.Key.Month, Jobs = g.Sum(c => c.Value), Claims = g.Count() });

    // A member-initialised type, not a record: EF projects grouped results into its members.
    private sealed class MonthTotal
    {
        public int Year { get; init; }
        public int Month { get; init; }
        public double Jobs { get; init; }
        public int Claims { get; init; }
    }

    /// <summary>The sectors of the vocabulary that have claims, for the filter bar.</summary>
    public Task<IReadOnlyList<string>> SectorsAsync(CancellationToken ct) => claims.SectorsAsync(ct);
}
