using System.Text.Json;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>
/// The site runs with the workstation collector: on this 2-core machine the server collector
/// (the ASP.NET default) stops both cores at each collection, which slowed extraction and import
/// and grew the process. The setting lives in the project file; a misspelt property is ignored
/// silently, so the built configuration is what is checked.
/// </summary>
public sealed class GarbageCollectorTests
{
    [Fact]
    public void The_built_site_uses_the_workstation_collector()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "AIMediaTracker.Web.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing: the site's project must be built beside the tests.");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("System.GC.Server", out var server), "System.GC.Server is not set: the server collector would apply.");
        Assert.False(server.GetBoolean());
    }
}
