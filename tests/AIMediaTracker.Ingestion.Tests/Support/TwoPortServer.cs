using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIMediaTracker.Ingestion.Tests.Support;

/// <summary>
/// Starts a real Kestrel app on two loopback ports chosen by the system: tests allow the first and
/// keep the second for "a local service a redirect must never reach".
/// </summary>
public static class TwoPortServer
{
    public static async Task<(WebApplication App, Uri BaseUrl, Uri OtherUrl)> StartAsync(Action<WebApplication> mapRoutes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        mapRoutes(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).OrderBy(u => u.Port).ToList();
        return (app, addresses[0], addresses[1]);
    }
}
