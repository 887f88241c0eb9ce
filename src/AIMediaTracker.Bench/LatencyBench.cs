using System.Diagnostics;
using System.Net;
using AIMediaTracker.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Bench;

/// <summary>Server-side latency of one route; <see cref="Skipped"/> says why it was not measured.</summary>
/// <see cref="FirstMs"/> is the first request on the fresh database: it pays for the query results not cached yet.
public sealed record RouteLatency(string Path, double FirstMs, double MedianMs, double P95Ms, double MaxMs, int Requests, string? Skipped = null);

/// <summary>
/// Starts the real site on a loopback port over a given database (no seeds, no feed polling) and
/// times each screen with HttpClient, after a warm-up.
/// </summary>
public static class LatencyBench
{
    public static readonly string[] Routes = ["/", "/chronologie", "/organisations/openai", "/recherche?q=emplois", "/api/figures"];

    public static async Task<IReadOnlyList<RouteLatency>> RunAsync(string databasePath, int warmup, int requests, CancellationToken ct)
    {
        await using var app = TrackerApp.Build([
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Default=Data Source={databasePath}",
            "--Ingestion:SeedsPath=",
            "--Ingestion:FeedPollInterval=00:00:00",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1")), Timeout = TimeSpan.FromMinutes(2) };
            var results = new List<RouteLatency>();
            foreach (var route in Routes) results.Add(await TimeRouteAsync(http, route, warmup, requests, ct));
            return results;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
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

    // Nearest-rank percentile: of 50 sorted samples, p95 is the 48th.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
