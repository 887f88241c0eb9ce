using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// After start-up, brings articles extracted by an older extractor up to date in the background,
/// one article per transaction, while the site already serves pages.
/// </summary>
internal sealed class ReextractionService(IServiceScopeFactory scopes, ILogger<ReextractionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reextractor = scope.ServiceProvider.GetRequiredService<ArticleReextractor>();
        var pending = await reextractor.PendingAsync(all: false, stoppingToken);
        if (pending.Count == 0) return;
        logger.LogInformation("Ré-extraction de {Count} article(s) extraits par une version antérieure", pending.Count);
        foreach (var id in pending)
        {
            try
            {
                await reextractor.ReextractAsync(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Ré-extraction impossible pour l'article {Id}", id);
            }
        }
        logger.LogInformation("Ré-extraction terminée");
    }
}
