using AIMediaTracker.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>What the seed import says when there is nothing to import: an empty setting is a choice, a missing folder a mistake.</summary>
public sealed class SeedImporterTests
{
    [Fact]
    public async Task An_empty_seeds_setting_is_said_as_information_not_a_warning()
    {
        var log = await StartAsync("");
        var entry = Assert.Single(log);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("Aucun dossier de départ", entry.Message);
    }

    [Fact]
    public async Task A_seeds_folder_that_does_not_exist_is_a_warning_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "aimt-no-seeds-" + Guid.NewGuid().ToString("N"));
        var entry = Assert.Single(await StartAsync(missing));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(missing, entry.Message);
    }

    // Neither case reaches the database: the scope factory is never asked for a service.
    private static async Task<List<(LogLevel Level, string Message)>> StartAsync(string folder)
    {
        var logger = new RecordingLogger();
        await using var services = new ServiceCollection().BuildServiceProvider();
        var importer = new SeedImporter(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new IngestionOptions { SeedsPath = folder }), logger);
        await importer.StartAsync(CancellationToken.None);
        return logger.Entries;
    }

    private sealed class RecordingLogger : ILogger<SeedImporter>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
