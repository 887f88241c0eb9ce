using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;

namespace AIMediaTracker.Web.Hosting;

/// <summary>Brings the schema up to date before the site serves its first request.</summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, ct);
        if (await new ClaimLedger(db).BuildIfStaleAsync(ct)) logger.LogInformation("Registre des chiffres construit ({Stamp})", LedgerStamp.Current);
        logger.LogInformation("Base de données prête");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
