using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>The dashboard's figures: counts, claims (never summed twice), and the series behind each chart.</summary>
public sealed class DashboardQueries(TrackerDbContext db)
{
    public static readonly string[] JobKinds = ["jobs_lost", "jobs_at_risk", "jobs_affected"];

    public async Task<DashboardView> GetAsync(TrackerFilter filter, CancellationToken ct)
    {
        var articles = FilteredArticles.Apply(db.Articles.AsNoTracking(), filter);
        var claims = await ClaimsAsync(filter, int.MaxValue, ct);
        var counts = new HeadlineCounts(
            await articles.CountAsync(ct),
            await articles.Where(a => a.SourceId != null).Select(a => a.SourceId).Distinct().CountAsync(ct),
            await db.Mentions.Where(m => m.OrganizationId != null && articles.Any(a => a.Id == m.ArticleId)).Select(m => m.OrganizationId).Distinct().CountAsync(ct),
            await db.Mentions.Where(m => m.PersonId != null && articles.Any(a => a.Id == m.ArticleId)).Select(m => m.PersonId).Distinct().CountAsync(ct),
            claims.Count);

        var dates = await articles.Where(a => a.PublishedAt != null).Select(a => a.PublishedAt!.Value).ToListAsync(ct);
        var weekly = dates.GroupBy(WeekStart).OrderBy(g => g.Key)
            .Select(g => new CountPoint(g.Key.ToString("d MMM yyyy", French), g.Count(), g.Key.ToString("yyyy-MM")))
            .ToList();

        var topOrgs = await db.Mentions.AsNoTracking()
            .Where(m => m.OrganizationId != null && articles.Any(a => a.Id == m.ArticleId))
            .GroupBy(m => new { m.Organization!.Slug, m.Organization.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(o => o.Count).ThenBy(o => o.Name).Take(10)
            .ToListAsync(ct);

        var jobsBySector = claims.Where(c => JobKinds.Contains(c.Kind) && c.Unit is "jobs" or "people")
            .GroupBy(c => (Sector: c.Sector ?? "", c.Kind))
            .Select(g => new SectorJobs(g.Key.Sector, g.Key.Kind, g.Sum(c => c.Value), g.Count()))
            .OrderByDescending(s => s.Total).ToList();

        var byYear = claims.Where(c => c.Year is not null).GroupBy(c => c.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new CountPoint(g.Key.ToString(CultureInfo.InvariantCulture), g.Count(), g.Key.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        return new DashboardView(counts, claims.Take(60).ToList(), weekly,
            topOrgs.Select(o => new CountPoint(o.Name, o.Count, o.Slug)).ToList(), jobsBySector, byYear);
    }

    /// <summary>Figures grouped into claims, most cited first; each with its first citation.</summary>
    public async Task<IReadOnlyList<Claim>> ClaimsAsync(TrackerFilter filter, int take, CancellationToken ct)
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

    public async Task<IReadOnlyList<string>> SectorsAsync(CancellationToken ct) =>
        await db.Figures.AsNoTracking().Where(f => f.Sector != null && f.Kind != "other")
            .Select(f => f.Sector!).Distinct().OrderBy(s => s).Take(200).ToListAsync(ct);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
}
