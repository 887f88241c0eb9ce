using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Web.Cli;

/// <summary>`import PATH...`: stores articles, with progress and a summary; exit 0 only when nothing failed.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count == 0)
        {
            Console.Error.WriteLine("Usage : import PATH|URL...  (fichiers .txt, .md, .html ou dossiers)");
            return 2;
        }
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        using var host = await CliHost.StartAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray(), cts.Token);

        var outcomes = new List<IngestOutcome>();
        foreach (var path in paths)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            int? sourceId = Directory.Exists(path) ? (await services.GetRequiredService<SourceRegistry>().FolderAsync(path, cts.Token)).Id : null;
            var files = FileSource.Expand(path).ToList();
            var progress = ProgressReporter.ForStderr(files.Count);
            var ingestor = services.GetRequiredService<ArticleIngestor>();
            foreach (var file in files)
            {
                outcomes.Add(await ingestor.IngestFileAsync(file, sourceId, cts.Token));
                progress.Advance(Path.GetFileName(file));
            }
        }
        ImportSummary.Print(Console.Out, outcomes);
        return outcomes.Any(o => o.Status == IngestStatus.Failed) ? 1 : 0;
    }
}
