using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Web.Hosting;

namespace AIMediaTracker.Web.Cli;

/// <summary>The services of the site without its web server, for subcommands that touch the database.</summary>
internal static class CliHost
{
    public static async Task<IHost> StartAsync(string[] args, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(args);
        BinaryFolderSettings.AddTo(builder.Configuration, builder.Environment);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTracker(builder.Configuration);
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, ct);
        await new ClaimLedger(db).BuildIfStaleAsync(ct);
        return host;
    }
}
