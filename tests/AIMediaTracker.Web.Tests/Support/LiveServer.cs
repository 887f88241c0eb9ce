using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>The real app on real Kestrel, bound to a free loopback port, for a real browser.</summary>
public sealed class LiveServer : IDisposable
{
    public TrackerFactory Factory { get; }

    public string BaseUrl { get; }

    public LiveServer(IDictionary<string, string?>? settings = null)
    {
        Factory = new TrackerFactory(settings: settings);
        Factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public void Dispose() => Factory.Dispose();
}
