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

    [Theory]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("intranet.exemple, 127.0.0.1:{0} ,")]
    public async Task Binds_the_allowed_hosts_written_as_one_value_as_the_readme_names_the_key(string value)
    {
        using var services = Services(new() { ["Ingestion:Fetch:AllowedHosts"] = string.Format(value, server.BaseUrl.Port) });

        var page = await services.GetRequiredService<PageFetcher>().FetchAsync(server.Url("/user-agent"), CancellationToken.None);

        Assert.Equal(FetchOptions.DefaultUserAgent, page.Text());
    }

    [Fact]
    public async Task Refuses_loopback_with_the_default_configuration()
    {
        using var services = Services([]);
        var e = await Assert.ThrowsAsync<FetchException>(() => services.GetRequiredService<PageFetcher>().FetchAsync(server.Url("/user-agent"), CancellationToken.None));
        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
        Assert.Contains($"ajoutez 127.0.0.1:{server.BaseUrl.Port} au réglage Ingestion__Fetch__AllowedHosts", e.Message);
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
