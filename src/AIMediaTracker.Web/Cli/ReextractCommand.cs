using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Web.Cli;

/// <summary>`reextract [--all]`: rebuilds records from stored texts after the extractor changed.</summary>
public static class ReextractCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandFailure.UnknownOption("reextract", args, "--all") is { } unknown)
        {
            Console.Error.WriteLine(unknown);
            return 2;
        }
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        var all = args.Contains("--all");
        using var host = await CliHost.StartAsync(args.Where(a => a != "--all").ToArray(), cts.Token);
        await using var scope = host.Services.CreateAsyncScope();
        var reextractor = scope.ServiceProvider.GetRequiredService<ArticleReextractor>();
        var pending = await reextractor.PendingAsync(all, cts.Token);
        var progress = ProgressReporter.ForStderr(pending.Count);
        foreach (var id in pending)
        {
            await reextractor.ReextractAsync(id, cts.Token);
            progress.Advance($"article {id}");
        }
        Console.WriteLine($"Ré-extraction (version {ArticleExtractor.Version}) : {pending.Count} article(s) mis à jour.");
        return 0;
    }
}
