using AIMediaTracker.TestSupport;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AIMediaTracker.Web.Cli;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>
/// Runs `extract` on the shared dev set and scores it with the shared scorer, the same way outside
/// checks do. The bar is the issue's: F1 0.90 for organisations, people and figures, and 0.90 kind accuracy.
/// </summary>
public sealed partial class DevSetScoreTests
{
    private const double Bar = 0.90;

    [Fact]
    public void Extraction_meets_the_bar_on_the_dev_set()
    {
        var gold = SharedCorpus.Path("corpus", "news-fr");
        var seed = SharedCorpus.Path("seeds", "sora-hollywood.fr.txt");
        var scorer = SharedCorpus.Path("bench", "score_extract.py");
        var predictions = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"aimt-dev-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var output = File.Create(predictions))
                ExtractCommand.Run([seed, gold], withText: false, output, TextWriter.Null);
            var report = RunPython(scorer, gold, predictions);

            var scores = new Dictionary<string, double>
            {
                ["organizations"] = FieldF1(report, "organizations"),
                ["people"] = FieldF1(report, "people"),
                ["figures"] = FieldF1(report, "figures"),
                ["figure kind accuracy"] = KindAccuracy(report),
            };
            var below = scores.Where(s => s.Value < Bar).Select(s => $"{s.Key} {s.Value:0.000}").ToList();
            Assert.True(below.Count == 0, $"Below the {Bar:0.00} bar: {string.Join(", ", below)}\n\n{report}");
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static double FieldF1(string report, string field)
    {
        var m = Regex.Match(report, $@"^{field}\s+[\d.]+\s+[\d.]+\s+([\d.]+)", RegexOptions.Multiline);
        Assert.True(m.Success, $"No '{field}' line in the scorer's report:\n{report}");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static double KindAccuracy(string report)
    {
        var m = KindAccuracyLine().Match(report);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static string RunPython(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "The scorer did not finish in 60 s.");
        Assert.True(process.ExitCode == 0, $"The scorer failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    [GeneratedRegex(@"figure kind accuracy on matches:\s+([\d.]+)")]
    private static partial Regex KindAccuracyLine();
}
