using System.Diagnostics;
using System.Net;
using AIMediaTracker.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Bench;

/// <summary>Server-side latency of one route; <see cref="Skipped"/> says why it was not measured.</summary>
/// <see cref="FirstMs"/> is the first request on the fresh database: it pays for the query results not cached yet.
public sealed record RouteLatency(string Path, double FirstMs, double MedianMs, double P95Ms, double MaxMs, int Requests, string? Skipped = null)
{
    /// <summary>The first request right after each single-article import (the cache is stale then), slowest of the rounds; null when not measured.</summary>
    public double? AfterImportMaxMs { get; init; }
    public double? AfterImportMedianMs { get; init; }
}

/// <summary>
/// Starts the real site on a loopback port over a given database (no seeds, no feed polling) and
/// times each screen with HttpClient, after a warm-up.
/// </summary>
public static class LatencyBench
{
    public static readonly string[] Routes = ["/", "/chronologie", "/organisations/openai", "/recherche?q=emplois", "/api/figures"];

    /// <summary>The screens timed again right after each new article is imported, as a site fed continuously serves them.</summary>
    private static readonly string[] AfterImportRoutes = ["/", "/chronologie", "/organisations/openai"];

    private const int ImportRounds = 5;

    /// <param name="freshArticles">Articles not in the database yet: each round imports one, then times <see cref="AfterImportRoutes"/>.</param>
    public static async Task<IReadOnlyList<RouteLatency>> RunAsync(string databasePath, int warmup, int requests,
        IEnumerable<Core.Model.ArticleDocument> freshArticles, CancellationToken ct)
    {
        await using var app = await StartSiteAsync(databasePath, ct);
        try
        {
            using var http = ClientOf(app);
            var results = new List<RouteLatency>();
            foreach (var route in Routes) results.Add(await TimeRouteAsync(http, route, warmup, requests, ct));
            var afterImport = AfterImportRoutes.ToDictionary(r => r, _ => new List<double>());
            foreach (var article in freshArticles.Take(ImportRounds))
            {
                // A separate writer, as `import` or the feed poller is: the site learns of it from the database.
                await ImportBench.IngestOneAsync(databasePath, article, ct);
                foreach (var route in AfterImportRoutes) afterImport[route].Add(await TimeOnceAsync(http, route, ct));
            }
            return results.Select(r => afterImport.TryGetValue(r.Path, out var times) && times.Count > 0
                ? r with { AfterImportMaxMs = times.Max(), AfterImportMedianMs = Percentile(times.Order().ToList(), 0.5) }
                : r).ToList();
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Where the first request after an import spends its time: the statements of each single-article
    /// import and of each after-import route, timed by <see cref="StatementProfile"/>.
    /// </summary>
    public static async Task ProfileAsync(string databasePath, IEnumerable<Core.Model.ArticleDocument> freshArticles, TextWriter w, CancellationToken ct)
    {
        await using var app = await StartSiteAsync(databasePath, ct);
        try
        {
            using var http = ClientOf(app);
            foreach (var route in AfterImportRoutes) for (var i = 0; i < 3; i++) await TimeOnceAsync(http, route, ct);
            using var profile = new StatementProfile();
            foreach (var article in freshArticles.Take(ImportRounds))
            {
                profile.Step = "import d'un article";
                await ImportBench.IngestOneAsync(databasePath, article, ct);
                profile.TakeElapsedMs();
                foreach (var route in AfterImportRoutes)
                {
                    profile.Step = route;
                    var pauses = GC.GetTotalPauseDuration();
                    var started = DateTimeOffset.UtcNow;
                    profile.Timeline = [];
                    var ms = await TimeOnceAsync(http, route, ct);
                    foreach (var (start, took, sql) in profile.Timeline)
                        w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"    +{(start - started).TotalMilliseconds,7:F1} {took,7:F1} ms  {sql}"));
                    profile.Timeline = null;
                    w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{route}: {ms:F1} ms, dont SQL {profile.TakeElapsedMs():F1} ms, pauses du GC {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F1} ms"));
                }
            }
            w.WriteLine($"(totaux sur {ImportRounds} imports)");
            profile.Print(w);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static HttpClient ClientOf(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1")), Timeout = TimeSpan.FromMinutes(2) };
    }

    private static async Task<WebApplication> StartSiteAsync(string databasePath, CancellationToken ct)
    {
        var app = TrackerApp.Build([
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Default=Data Source={databasePath}",
            "--Ingestion:SeedsPath=",
            "--Ingestion:FeedPollInterval=00:00:00",
            "--Logging:LogLevel:Default=Warning",
            // appsettings.json logs each request (one line per request): the bench times them instead.
            "--Logging:LogLevel:Microsoft.AspNetCore.HttpLogging=Warning",
        ]);
        await app.StartAsync(ct);
        return app;
    }

    private static async Task<RouteLatency> TimeRouteAsync(HttpClient http, string route, int warmup, int requests, CancellationToken ct)
    {
        double first = 0;
        for (var i = 0; i < warmup; i++)
        {
            var started = Stopwatch.StartNew();
            using var response = await http.GetAsync(route, ct);
            if (response.StatusCode == HttpStatusCode.NotFound) return new RouteLatency(route, 0, 0, 0, 0, 0, "404: route absente de cette version");
            if (!response.IsSuccessStatusCode) return new RouteLatency(route, 0, 0, 0, 0, 0, $"HTTP {(int)response.StatusCode}");
            await response.Content.ReadAsByteArrayAsync(ct);
            if (i == 0) first = started.Elapsed.TotalMilliseconds;
        }
        var timings = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await http.GetAsync(route, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            timings.Add(sw.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        return new RouteLatency(route, first, Percentile(timings, 0.5), Percentile(timings, 0.95), timings[^1], requests);
    }

    private static async Task<double> TimeOnceAsync(HttpClient http, string route, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        using var response = await http.GetAsync(route, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return sw.Elapsed.TotalMilliseconds;
    }

    // Nearest-rank percentile: of 50 sorted samples, p95 is the 48th.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
