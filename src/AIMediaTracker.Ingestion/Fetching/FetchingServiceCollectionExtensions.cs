using Microsoft.Extensions.Configuration;
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
        services.AddOptions<FetchOptions>().BindConfiguration(section)
            // The binder ignores a scalar for a list, so `Ingestion__Fetch__AllowedHosts=127.0.0.1:8765`
            // (one value, or several separated by commas) was silently dropped: read it here.
            .Configure<IConfiguration>((options, configuration) =>
                options.AllowedHosts.AddRange(HostAllowList.Split(configuration.GetSection(section)["AllowedHosts"])));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => PageFetcher.Create(sp.GetRequiredService<IOptions<FetchOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
