using AIMediaTracker.Ingestion.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Ingestion.Tests.Fetching;

public class FetchingServiceCollectionExtensionsTests(LocalServer server) : IClassFixture<LocalServer>
{
    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddPageFetcher().BuildServiceProvider();
    }

    [Fact]
    public async Task Binds_the_allowed_hosts_from_configuration()
    {
        using var services = Services(new() { ["Ingestion:Fetch:AllowedHosts:0"] = $"127.0.0.1:{server.BaseUrl.Port}" });

        var page = await services.GetRequiredService<PageFetcher>().FetchAsync(server.Url("/user-agent"), CancellationToken.None);

        Assert.Equal(FetchOptions.DefaultUserAgent, page.Text());
    }

    [Fact]
    public async Task Refuses_loopback_with_the_default_configuration()
    {
        using var services = Services([]);
        var e = await Assert.ThrowsAsync<FetchException>(() => services.GetRequiredService<PageFetcher>().FetchAsync(server.Url("/user-agent"), CancellationToken.None));
        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
    }

    [Fact]
    public void Binds_the_limits()
    {
        using var services = Services(new() { ["Ingestion:Fetch:MaxBytes"] = "1048576", ["Ingestion:Fetch:Timeout"] = "00:00:05" });
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FetchOptions>>().Value;
        Assert.Equal(1048576, options.MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(5, options.MaxRedirects);
    }
}
