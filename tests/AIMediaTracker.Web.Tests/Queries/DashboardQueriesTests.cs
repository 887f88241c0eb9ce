using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using System.Text.RegularExpressions;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>
/// The dashboard reads the claim ledger: its headline is the sum of distinct reported job-cut claims
/// (each once, however many articles repeat it), never a projection, under every filter; the
/// coverage counts stay article counts.
/// </summary>
public sealed class DashboardQueriesTests : IDisposable
{
    private readonly TrackerFactory factory = new();

    public DashboardQueriesTests() => _ = factory.Server;

    public void Dispose() => factory.Dispose();

    private Task SeedClaimsAsync() => ClaimSeeds.StoreAllAsync(factory);

    public static TheoryData<string?, string?, string?, string?> Filters => new()
    {
        { null, null, null, null },
        { "ubisoft", null, null, null },
        { "openai", null, null, null },
        { null, "2024-03", "2024-03", null },
        { null, null, null, "explicit" },
        { null, null, null, "attributed" },
    };

    [Fact]
    public async Task The_filter_bar_lists_each_sector_that_has_claims_once_and_never_unspecified()
    {
        await SeedClaimsAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var stored = (await db.Claims.Select(c => c.Sector).ToListAsync()).ToHashSet();
        Assert.Contains(AIMediaTracker.Core.Claims.SectorVocabulary.Unspecified, stored);
        Assert.True(stored.Count > 2, "the seeded claims name at least two sectors of the vocabulary");

        var listed = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().SectorsAsync(default);

        Assert.Equal(stored.Where(s => s != AIMediaTracker.Core.Claims.SectorVocabulary.Unspecified).Order(StringComparer.Ordinal), listed);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_reported_cuts_total_is_the_sum_of_distinct_reported_job_cut_claims(string? org, string? from, string? to, string? grade)
    {
        await SeedClaimsAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var view = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(new TrackerFilter(org, from, to), grade, default);

        var orgId = org is null ? (int?)null : await db.Organizations.Where(o => o.Slug == org).Select(o => o.Id).SingleAsync();
        var claims = (await db.Claims.AsNoTracking().ToListAsync())
            .Where(c => orgId is null || c.SubjectOrganizationId == orgId || c.AttributionOrganizationId == orgId)
            .Where(c => from is null || (c.FirstSeen is { } d && d >= new DateOnly(2024, 3, 1) && d <= new DateOnly(2024, 3, 31)))
            .ToList();
        var cuts = claims.Where(c => c is { Kind: "jobs_lost", Basis: "reported" } && c.Unit is "jobs" or "people").ToList();
        var shown = cuts.Where(c => grade is null || c.Grade == grade).ToList();

        Assert.Equal(shown.Sum(c => c.Value), view.Jobs.Cuts.Jobs);
        Assert.Equal(shown.Count, view.Jobs.Cuts.Claims);
        var withoutCompany = shown.Where(c => c.SubjectOrganizationId is null).ToList();
        Assert.Equal((withoutCompany.Sum(c => c.Value), withoutCompany.Count), (view.Jobs.WithoutCompany.Jobs, view.Jobs.WithoutCompany.Claims));
        Assert.Equal(cuts.Count(c => c.Grade == "explicit"), view.Jobs.Explicit.Claims);
        Assert.Equal(claims.Count, view.Counts.Claims);
        Assert.Equal(shown.OrderByDescending(c => c.FirstSeen).ThenByDescending(c => c.Value).Take(view.ReportedCuts.Count).Select(c => c.Id).Order(),
            view.ReportedCuts.Select(r => r.Id).Order());
        Assert.All(view.Projections, p => Assert.Equal("projected", p.Basis));
        // Months are those of the first citation: a claim whose articles all lack a date has none.
        Assert.Equal(shown.Where(c => c.FirstSeen is not null).Sum(c => c.Value), view.JobsByMonth.Sum(m => m.Cuts));
    }

    [Fact]
    public async Task Unfiltered_or_by_sector_the_counters_equal_the_reported_claims_summed_by_grade_month_and_company()
    {
        await SeedClaimsAsync();
        // A cut in a sector, beside the seeds' cuts of none; and a cut of no company, counted but in no company's bar.
        await ClaimSeeds.StoreAsync(factory, "Le studio Ubisoft a supprimé 450 postes de doublage, remplacés par l'IA.", new DateOnly(2024, 5, 9),
            f => f with { Basis = AIMediaTracker.Core.Model.FigureBasis.Reported, Subject = "Ubisoft", Sector = "doublage" });
        await ClaimSeeds.StoreAsync(factory, "Dans la presse régionale, 2 000 postes ont été supprimés en 2024.", new DateOnly(2024, 6, 3),
            f => f with { Basis = AIMediaTracker.Core.Model.FigureBasis.Reported, Subject = null, Attribution = null, Sector = null });
        // A sector's tally by the firm that counted it: counted, but no cut of that firm's.
        await ClaimSeeds.StoreAsync(factory, "Selon McKinsey, 13 000 emplois ont été supprimés dans le jeu vidéo depuis janvier.", new DateOnly(2024, 7, 3),
            f => f with { Basis = AIMediaTracker.Core.Model.FigureBasis.Reported, Subject = null, Attribution = "McKinsey", Sector = "jeu vidéo" });
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var stored = await db.Claims.AsNoTracking().Where(c => c.Basis == "reported" && (c.Unit == "jobs" || c.Unit == "people")).ToListAsync();
        var sectorOfACut = stored.Where(c => c.Kind == "jobs_lost").Select(c => c.Sector).Order().First(s => s != AIMediaTracker.Core.Claims.SectorVocabulary.Unspecified);

        foreach (var sector in new[] { null, sectorOfACut })
        {
            var view = await dashboard.GetAsync(new TrackerFilter(Sector: sector), default);
            var claims = stored.Where(c => sector is null || c.Sector == sector).ToList();
            var cuts = claims.Where(c => c.Kind == "jobs_lost").ToList();
            var created = claims.Where(c => c.Kind == "jobs_created").ToList();
            Assert.NotEmpty(cuts);
            if (sector is null) Assert.Contains(cuts, c => (c.SubjectOrganizationId ?? c.AttributionOrganizationId) is null);
            if (sector is null) Assert.Contains(cuts, c => c.SubjectOrganizationId is null && c.AttributionOrganizationId is not null);

            Assert.Equal((cuts.Sum(c => c.Value), cuts.Count), (view.Jobs.Cuts.Jobs, view.Jobs.Cuts.Claims));
            var withoutCompany = cuts.Where(c => c.SubjectOrganizationId is null).ToList();
            if (sector is null) Assert.NotEmpty(withoutCompany);
            Assert.Equal((withoutCompany.Sum(c => c.Value), withoutCompany.Count), (view.Jobs.WithoutCompany.Jobs, view.Jobs.WithoutCompany.Claims));
            Assert.Equal((created.Sum(c => c.Value), created.Count), (view.Jobs.Created.Jobs, view.Jobs.Created.Claims));
            foreach (var (grade, total) in new[] { ("explicit", view.Jobs.Explicit), ("attributed", view.Jobs.Attributed), ("unclear", view.Jobs.Unclear) })
                Assert.Equal((cuts.Where(c => c.Grade == grade).Sum(c => c.Value), cuts.Count(c => c.Grade == grade)), (total.Jobs, total.Claims));
            static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
            var months = cuts.Concat(created).Where(c => c.FirstSeen is not null).GroupBy(c => MonthOf(c.FirstSeen!.Value)).OrderBy(g => g.Key)
                .Select(g => new MonthJobs(g.Key, g.Where(c => c.Kind == "jobs_lost").Sum(c => c.Value), g.Count(c => c.Kind == "jobs_lost"),
                    g.Where(c => c.Kind == "jobs_created").Sum(c => c.Value), g.Count(c => c.Kind == "jobs_created")));
            Assert.Equal(months, view.JobsByMonth);
            var companies = cuts.Where(c => c.SubjectOrganizationId is not null)
                .GroupBy(c => c.SubjectOrganizationId!.Value)
                .Select(g => (Org: g.Key, Jobs: g.Sum(c => c.Value), Claims: g.Count())).OrderByDescending(g => g.Jobs).ThenBy(g => g.Org).Take(12).ToList();
            var slugs = await db.Organizations.ToDictionaryAsync(o => o.Id, o => o.Slug);
            Assert.Equal(companies.Select(c => ((string?)slugs[c.Org], c.Jobs, c.Claims)),
                view.CutsByCompany.Select(c => (c.Slug, c.Cuts, c.Claims)));
        }
    }

    [Fact]
    public async Task A_cut_repeated_by_two_articles_counts_once_and_a_projection_never_counts()
    {
        double before;
        using (var first = factory.Services.CreateScope())
            before = (await first.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(TrackerFilter.None, default)).Jobs.Cuts.Jobs;
        await SeedClaimsAsync();
        using var scope = factory.Services.CreateScope();
        var view = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(new TrackerFilter(Org: "ubisoft"), default);

        Assert.Equal(1200, view.Jobs.Cuts.Jobs);
        var cut = Assert.Single(view.ReportedCuts);
        Assert.Equal(2, cut.Citations);
        Assert.Equal([(new DateOnly(2024, 3, 1), 1200d)], view.JobsByMonth.Select(m => (m.Month, m.Cuts)));
        var company = Assert.Single(view.CutsByCompany);
        Assert.Equal(("ubisoft", 1200d), (company.Slug, company.Cuts));

        var all = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(TrackerFilter.None, default);
        Assert.Equal(before + 1500, all.Jobs.Cuts.Jobs);
        Assert.Contains(all.Projections, p => p.Value == 1200 && p.Attribution == "Goldman Sachs");
    }

    /// <summary>The labels of one chart's bars, in page order.</summary>
    private static List<string> BarLabels(string page, string chart)
    {
        var start = page.IndexOf($"id=\"{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {chart}");
        var figure = page[start..page.IndexOf("</figure>", start, StringComparison.Ordinal)];
        return Regex.Matches(figure, "<span class=\"bar-label\">([^<]*)</span>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    [Fact]
    public async Task The_month_charts_name_their_months_in_the_readers_language()
    {
        await SeedClaimsAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var french = await client.GetStringAsync("/");
        await client.GetAsync("/langue/en");
        var english = await client.GetStringAsync("/");

        // Ubisoft's cut first cited in March, OpenAI's in May; the projection of April is no cut.
        Assert.Equal(["mars 2024", "mai 2024"], BarLabels(french, "cuts-month"));
        Assert.Equal(["Mar 2024", "May 2024"], BarLabels(english, "cuts-month"));
        // A bar still leads to its month, whatever the language of its label.
        Assert.Contains("href=\"/?from=2024-03&amp;to=2024-03#suppressions\"", french);
    }
}
