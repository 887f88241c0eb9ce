using System.Diagnostics;
using AIMediaTracker.TestSupport;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>The real executable run as a user would, on a database of its own; what it printed and its exit code.</summary>
internal sealed class CliProcess : IDisposable
{
    public string Database { get; } = Support.TrackerFactory.NewDatabase();

    public sealed record Result(int Code, string Out, string Error);

    public async Task<Result> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AIMediaTracker.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Database__Provider"] = TestDatabases.Provider.ToString();
        start.Environment["ConnectionStrings__Default"] = TestDatabases.IsPostgres ? Database : $"Data Source={Database}";
        start.Environment["Ingestion__SeedsPath"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public void Dispose() => Support.TrackerFactory.DeleteDatabase(Database);
}
