using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AIMediaTracker.TestSupport;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>
/// The built site started as an operator would, from a working directory that is not its own: it
/// must still read the appsettings.json beside the binary (EF's SQL commands stay out of the log),
/// and it logs each request on one line with its method, path, status and duration.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Started_from_another_folder_the_site_reads_its_settings_and_logs_one_line_per_request()
    {
        var elsewhere = Directory.CreateTempSubdirectory("aimt-cwd-").FullName;
        var database = Support.TrackerFactory.NewDatabase();
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = elsewhere, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AIMediaTracker.Web.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["Database__Provider"] = TestDatabases.Provider.ToString();
        start.Environment["ConnectionStrings__Default"] = TestDatabases.IsPostgres ? database : $"Data Source={database}";
        start.Environment["Ingestion__SeedsPath"] = "";
        start.Environment["Ingestion__FeedPollInterval"] = "00:00:00";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            var address = Regex.Match(e.Data, @"Now listening on: (http://\S+)");
            if (address.Success) listening.TrySetResult(address.Groups[1].Value);
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var baseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
            using var http = new HttpClient();
            Assert.True((await http.GetAsync(baseUrl + "/healthz?essai=1")).IsSuccessStatusCode);
            // The entry is written once the response has completed: give the console a moment.
            for (var i = 0; i < 50 && !Logged().Contains("/healthz"); i++) await Task.Delay(100);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Support.TrackerFactory.DeleteDatabase(database);
            Directory.Delete(elsewhere, recursive: true);
        }

        var log = Logged();
        Assert.DoesNotContain("Executed DbCommand", log);
        var request = log.Split('\n').Where(l => l.Contains("/healthz")).ToList();
        var line = Assert.Single(request);
        Assert.Contains("GET", line);
        Assert.Contains("200", line);
        Assert.Matches(@"Duration: \d", line);
        // Everything about the request is on that line: no continuation lines after it.
        Assert.DoesNotContain(log.Split('\n'), l => l.StartsWith("      StatusCode") || l.TrimStart().StartsWith("Duration:"));

        string Logged() { lock (output) return output.ToString(); }
    }
}
