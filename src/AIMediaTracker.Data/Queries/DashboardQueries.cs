using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>The dashboard's figures: counts, claims (never summed twice), and the series behind each chart.</summary>
public sealed class DashboardQueries(TrackerDbContext db, QueryCache cache)
{
    public static readonly string[] JobKinds = ["jobs_lost", "jobs_at_risk", "jobs_affected"];

    public Task<DashboardView> GetAsync(TrackerFilter filter, CancellationToken ct) =>
        cache.GetOrAddAsync(db, $"dashboard|{filter}", () => ComputeAsync(filter, ct), ct);

    private async Task<DashboardView> ComputeAsync(TrackerFilter filter, CancellationToken ct)
    {
        var articles = FilteredArticles.Apply(db.Articles.AsNoTracking(), filter);
        var ids = FilteredArticles.Ids(articles);
        // Only the claims on show are loaded; the headline count and the two charts are aggregated
        // in SQL, so the page no longer materialises one object per distinct figure at every request.
        var claims = await ClaimsAsync(filter, ClaimsShown, ct);
        // One pass over the distinct claims, summed by kind, unit, sector and year: the headline count
        // and both charts come from it, where three queries each grouped every figure again.
        var summary = await ClaimKeys(filter)
            .GroupBy(c => new { c.Kind, c.Unit, c.Sector, c.Year })
            .Select(g => new { g.Key.Kind, g.Key.Unit, g.Key.Sector, g.Key.Year, Claims = g.Count(), Total = g.Sum(c => c.Value) })
            .ToListAsync(ct);
        var counts = new HeadlineCounts(
            await articles.CountAsync(ct),
            await articles.Where(a => a.SourceId != null).Select(a => a.SourceId).Distinct().CountAsync(ct),
            await db.Mentions.Where(m => m.OrganizationId != null && ids.Contains(m.ArticleId)).Select(m => m.OrganizationId).Distinct().CountAsync(ct),
            await db.Mentions.Where(m => m.PersonId != null && ids.Contains(m.ArticleId)).Select(m => m.PersonId).Distinct().CountAsync(ct),
            summary.Sum(s => s.Claims));

        var dates = await articles.Where(a => a.PublishedAt != null).Select(a => a.PublishedAt!.Value).ToListAsync(ct);
        var weekly = dates.GroupBy(WeekStart).OrderBy(g => g.Key)
            .Select(g => new CountPoint(g.Key.ToString("d MMM yyyy", French), g.Count(), g.Key.ToString("yyyy-MM")))
            .ToList();

        var topOrgs = await db.Mentions.AsNoTracking()
            .Where(m => m.OrganizationId != null && ids.Contains(m.ArticleId))
            .GroupBy(m => new { m.Organization!.Slug, m.Organization.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(o => o.Count).ThenBy(o => o.Name).Take(10)
            .ToListAsync(ct);

        // Each claim counts once, whatever its number of citations: sums run over distinct claim keys.
        var jobsBySector = summary.Where(c => JobKinds.Contains(c.Kind) && c.Unit is "jobs" or "people")
            .GroupBy(c => (Sector: c.Sector ?? "", c.Kind))
            .Select(g => new SectorJobs(g.Key.Sector, g.Key.Kind, g.Sum(c => c.Total), g.Sum(c => c.Claims)))
            .OrderByDescending(s => s.Total).ThenBy(s => s.Sector, StringComparer.Ordinal).ThenBy(s => s.Kind, StringComparer.Ordinal).ToList();

        var byYear = summary.Where(c => c.Year != null).GroupBy(c => c.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new CountPoint(g.Key.ToString(CultureInfo.InvariantCulture), g.Sum(c => c.Claims), g.Key.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        return new DashboardView(counts, claims, weekly,
            topOrgs.Select(o => new CountPoint(o.Name, o.Count, o.Slug)).ToList(), jobsBySector, byYear);
    }

    private const int ClaimsShown = 60;

    /// <summary>One row per distinct claim (kind, unit, value, sector, year) under the filter.</summary>
    private IQueryable<ClaimKey> ClaimKeys(TrackerFilter filter) =>
        FilteredArticles.Figures(db, filter).AsNoTracking()
            .Select(f => new ClaimKey { Kind = f.Kind, Unit = f.Unit, Value = f.Value, Sector = f.Sector, Year = f.Year }).Distinct();

    // Settable properties rather than a positional record: EF can only compose further queries on member-init projections.
    private sealed class ClaimKey
    {
        public required string Kind { get; init; }
        public required string Unit { get; init; }
        public double Value { get; init; }
        public string? Sector { get; init; }
        public int? Year { get; init; }
    }

    /// <summary>Figures grouped into claims, most cited first; each with its first citation.</summary>
    public Task<IReadOnlyList<Claim>> ClaimsAsync(TrackerFilter filter, int take, CancellationToken ct) =>
        cache.GetOrAddAsync(db, $"claims|{filter}|{take}", () => ComputeClaimsAsync(filter, take, ct), ct);

    private async Task<IReadOnlyList<Claim>> ComputeClaimsAsync(TrackerFilter filter, int take, CancellationToken ct)
    {
        var grouped = await FilteredArticles.Figures(db, filter).AsNoTracking()
            .GroupBy(f => new { f.Kind, f.Unit, f.Value, f.Sector, f.Year })
            .Select(g => new
            {
                g.Key,
                Citations = g.Select(f => f.ArticleId).Distinct().Count(),
                FigureId = g.Min(f => f.Id),
                Approximate = g.Max(f => f.Approximate ? 1 : 0) == 1,
            })
            .OrderByDescending(c => c.Citations).ThenByDescending(c => c.Key.Value)
            .Take(take)
            .ToListAsync(ct);
        var ids = grouped.Select(g => g.FigureId).ToList();
        var firsts = await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.ArticleId, f.Article!.Title, Text = f.Article.Text.Substring(f.Start, f.End - f.Start) })
            .ToDictionaryAsync(f => f.Id, ct);
        return grouped.Select(g =>
        {
            var first = firsts[g.FigureId];
            return new Claim(g.Key.Kind, g.Key.Value, g.Key.Unit, g.Key.Sector, g.Key.Year, g.Approximate,
                g.Citations, g.FigureId, first.ArticleId, first.Title, first.Text);
        }).ToList();
    }

    public Task<IReadOnlyList<string>> SectorsAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<string>>(db, "sectors", async () => await db.Figures.AsNoTracking().Where(f => f.Sector != null && f.Kind != "other")
            .Select(f => f.Sector!).Distinct().OrderBy(s => s).Take(200).ToListAsync(ct), ct);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
}
