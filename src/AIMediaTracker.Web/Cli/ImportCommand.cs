using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Web.Cli;

/// <summary>
/// `import PATH|URL...`: stores articles, with progress and a summary. Exit 0 when something was
/// found and nothing failed; 1 when an article failed or when nothing at all was found (an empty
/// folder is warned about); 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var targets = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (CommandFailure.UnknownOption("import", args) is { } unknown)
        {
            Console.Error.WriteLine(unknown);
            return 2;
        }
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
            var files = FileSource.Expand(target).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"Attention : aucun fichier d'article (.txt, .md, .html) dans le dossier {target} ; rien n'a été importé de ce dossier.");
                continue;
            }
            int? sourceId = Directory.Exists(target) ? (await services.GetRequiredService<SourceRegistry>().FolderAsync(target, cts.Token)).Id : null;
            var bar = ProgressReporter.ForStderr(files.Count);
            await services.GetRequiredService<ArticleIngestor>().IngestFilesAsync(files, sourceId, o =>
            {
                outcomes.Add(o);
                bar.Advance(Path.GetFileName(o.Location));
            }, cts.Token);
        }
        ImportSummary.Print(Console.Out, outcomes);
        if (outcomes.Count == 0)
        {
            // Nothing found at all is most likely a wrong path: a script must not take it for success.
            Console.Error.WriteLine("Aucun article trouvé dans ce qui a été donné : vérifiez les chemins.");
            return 1;
        }
        return outcomes.Any(o => o.Status == IngestStatus.Failed) ? 1 : 0;
    }
}
