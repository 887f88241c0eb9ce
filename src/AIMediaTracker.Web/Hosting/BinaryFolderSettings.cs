using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// appsettings.json read from the binary's folder, not only from the working directory: started as
/// `dotnet /opt/tracker/AIMediaTracker.Web.dll` from elsewhere, the site would otherwise run without
/// its defaults (and log every SQL command). The binary's files come first, so a file in the working
/// directory, environment variables and command-line arguments still override them.
/// </summary>
public static class BinaryFolderSettings
{
    public static void AddTo(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var folder = AppContext.BaseDirectory;
        if (Path.GetFullPath(folder).TrimEnd('/') == Path.GetFullPath(environment.ContentRootPath).TrimEnd('/')) return;
        var sources = configuration.Sources;
        var first = sources.ToList().FindIndex(s => s is JsonConfigurationSource);
        var at = first < 0 ? 0 : first;
        foreach (var name in new[] { "appsettings.json", $"appsettings.{environment.EnvironmentName}.json" })
            sources.Insert(at++, new JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(folder), Path = name, Optional = true, ReloadOnChange = false,
            });
    }
}
