using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// Imports the seeds folder at start-up, before the first request, so a fresh database is never
/// empty. Content hashes make it idempotent: a restart stores nothing twice.
/// </summary>
internal sealed class SeedImporter(IServiceScopeFactory scopes, IOptions<IngestionOptions> options, ILogger<SeedImporter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var folder = options.Value.SeedsPath;
        // An empty setting is how an operator (or the bench, or a test) asks for no seeds: said, not warned about.
        if (string.IsNullOrWhiteSpace(folder))
        {
            logger.LogInformation("Aucun dossier de départ configuré (Ingestion:SeedsPath) : rien n'est importé au démarrage");
            return;
        }
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Dossier de départ introuvable : {Folder}", folder);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var source = await scope.ServiceProvider.GetRequiredService<SourceRegistry>().FolderAsync(folder, ct);
        var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var outcomes = new List<IngestOutcome>();
        await ingestor.IngestFilesAsync(FileSource.Expand(folder), source.Id, outcomes.Add, ct);
        logger.LogInformation("Articles de départ : {New} nouveaux, {Unchanged} inchangés, {Failed} en échec",
            outcomes.Count(o => o.Status == IngestStatus.New),
            outcomes.Count(o => o.Status == IngestStatus.Unchanged),
            outcomes.Count(o => o.Status == IngestStatus.Failed));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
