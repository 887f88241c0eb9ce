using AIMediaTracker.Web.Hosting;

namespace AIMediaTracker.Web.Cli;

public static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = TrackerApp.Build(args.Where(a => a != "serve").ToArray());
        await app.RunAsync();
        return 0;
    }
}
