using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// After start-up, brings articles extracted by an older extractor up to date in the background,
/// one article per transaction, while the site already serves pages; then waits for operators'
/// requests to re-extract everything.
/// </summary>
internal sealed class ReextractionService(IServiceScopeFactory scopes, ReextractionRequests requests, ILogger<ReextractionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunAsync(all: false, stoppingToken);
        await foreach (var all in requests.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(all, stoppingToken);
    }

    private async Task RunAsync(bool all, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reextractor = scope.ServiceProvider.GetRequiredService<ArticleReextractor>();
        var pending = await reextractor.PendingAsync(all, stoppingToken);
        if (pending.Count == 0) return;
        logger.LogInformation("Ré-extraction de {Count} article(s) ({Scope})", pending.Count, all ? "tous" : "version antérieure");
        var failed = 0;
        foreach (var id in pending)
        {
            try
            {
                await reextractor.ReextractAsync(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                logger.LogError(e, "Ré-extraction impossible pour l'article {Id}", id);
            }
        }
        logger.LogInformation("Ré-extraction terminée : {Done} article(s), {Failed} échec(s)", pending.Count - failed, failed);
    }
}
