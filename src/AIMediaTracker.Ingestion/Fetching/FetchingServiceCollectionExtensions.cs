using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AIMediaTracker.Ingestion.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="PageFetcher"/> for the whole app, with <see cref="FetchOptions"/> bound to
    /// <paramref name="section"/>. A single long-lived handler is what .NET recommends outside
    /// IHttpClientFactory; its PooledConnectionLifetime keeps DNS fresh.
    /// </summary>
    public static IServiceCollection AddPageFetcher(this IServiceCollection services, string section = "Ingestion:Fetch")
    {
        services.AddOptions<FetchOptions>().BindConfiguration(section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => PageFetcher.Create(sp.GetRequiredService<IOptions<FetchOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
