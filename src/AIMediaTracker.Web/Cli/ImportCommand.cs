using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Web.Cli;

/// <summary>`import PATH|URL...`: stores articles, with progress and a summary; exit 0 only when nothing failed.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var targets = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (targets.Count == 0)
        {
            Console.Error.WriteLine("Usage : import PATH|URL...  (fichiers .txt, .md, .html, dossiers, pages web ou flux RSS/Atom)");
            return 2;
        }
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        using var host = await CliHost.StartAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray(), cts.Token);

        var outcomes = new List<IngestOutcome>();
        foreach (var target in targets)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (WebAddress.TryParse(target, out var url))
            {
                var progress = ProgressReporter.ForStderr(total: 0);
                outcomes.AddRange(await services.GetRequiredService<UrlIngestor>().ImportAsync(url, o => progress.Advance(o.Location), cts.Token));
                continue;
            }
            int? sourceId = Directory.Exists(target) ? (await services.GetRequiredService<SourceRegistry>().FolderAsync(target, cts.Token)).Id : null;
            var files = FileSource.Expand(target).ToList();
            var bar = ProgressReporter.ForStderr(files.Count);
            await services.GetRequiredService<ArticleIngestor>().IngestFilesAsync(files, sourceId, o =>
            {
                outcomes.Add(o);
                bar.Advance(Path.GetFileName(o.Location));
            }, cts.Token);
        }
        ImportSummary.Print(Console.Out, outcomes);
        return outcomes.Any(o => o.Status == IngestStatus.Failed) ? 1 : 0;
    }
}
