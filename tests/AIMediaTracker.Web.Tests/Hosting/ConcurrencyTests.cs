using System.Diagnostics;
using System.Net;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>Twenty readers and one importer on the real server for thirty seconds: no error anywhere (WAL, busy timeout).</summary>
public sealed class ConcurrencyTests
{
    private static readonly string[] Paths = ["/", "/chronologie", "/organisations/openai", "/recherche?q=emplois", "/sources"];

    [Fact]
    public async Task Twenty_readers_and_one_importer_for_thirty_seconds_see_no_error()
    {
        using var server = new LiveServer();
        var folder = Directory.CreateTempSubdirectory("aimt-load-");
        SyntheticArticles.Write(folder.FullName, 2000, seed: 7);
        var failures = new List<string>();
        var reads = 0;
        var imported = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var importer = Task.Run(async () =>
        {
            using var scope = server.Factory.Services.CreateScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
            foreach (var file in Directory.EnumerateFiles(folder.FullName).Order())
            {
                if (stop.IsCancellationRequested) break;
                var outcome = await ingestor.IngestFileAsync(file, null, CancellationToken.None);
                if (outcome.Status == IngestStatus.Failed) lock (failures) failures.Add($"import {file}: {outcome.Reason}");
                else Interlocked.Increment(ref imported);
            }
        });
        var readers = Enumerable.Range(0, 20).Select(r => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var response = await client.GetAsync(Paths[i % Paths.Length], CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK) lock (failures) failures.Add($"{Paths[i % Paths.Length]}: {(int)response.StatusCode}");
                    Interlocked.Increment(ref reads);
                }
                catch (HttpRequestException e)
                {
                    lock (failures) failures.Add($"{Paths[i % Paths.Length]}: {e.Message}");
                }
            }
        })).ToList();

        await Task.WhenAll(readers.Append(importer));
        folder.Delete(recursive: true);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(imported > 20, $"the importer should have stored articles meanwhile, stored {imported}");
        Assert.True(reads > 100, $"the readers should have been served, got {reads} answers");
    }
}
