using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace AIMediaTracker.Web.Hosting;

/// <summary>Polls every registered feed on an interval; each feed's outcome is kept on its source row.</summary>
internal sealed class FeedPollingService(IServiceScopeFactory scopes, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.FeedPollInterval;
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await PollAllAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollAllAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feeds = await scope.ServiceProvider.GetRequiredService<FeedSubscriptions>().AllAsync(ct);
        foreach (var feed in feeds)
        {
            try
            {
                var outcomes = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feed, ct);
                logger.LogInformation("Flux {Feed} : {New} nouveaux, {Failed} en échec", feed.Url,
                    outcomes.Count(o => o.Status == IngestStatus.New), outcomes.Count(o => o.Status == IngestStatus.Failed));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Relève du flux {Feed} impossible", feed.Url);
            }
        }
    }
}
