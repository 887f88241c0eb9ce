using System.Text;
using System.Text.Json.Nodes;
using AIMediaTracker.TestSupport;
using AIMediaTracker.Web.Cli;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>
/// The `extract` contract JSON of the seeds and the shared corpora, committed as JSON Lines and
/// compared on every run, so that any change to what the extractor prints is seen and read.
/// To accept a deliberate change, regenerate the file and read its diff:
/// <c>AIMT_UPDATE_GOLDEN=1 dotnet test tests/AIMediaTracker.Web.Tests --filter ExtractGoldenOutputTests</c>.
/// </summary>
public sealed class ExtractGoldenOutputTests
{
    private const string UpdateVariable = "AIMT_UPDATE_GOLDEN";
    private static readonly string[] GoldenPath = ["tests", "AIMediaTracker.Web.Tests", "Cli", "Golden", "extract.golden.jsonl"];

    [Fact]
    public void Extract_prints_what_the_golden_file_holds()
    {
        var root = SharedCorpus.RepositoryRoot;
        // The shared corpora are required: SharedCorpus.Path throws, naming the missing folder.
        var inputs = new (string Label, string Path)[]
        {
            ("seeds", System.IO.Path.Combine(root, "seeds")),
            ("shared/corpus/news-fr", SharedCorpus.Path("corpus", "news-fr")),
            ("shared/corpus/news-fr-real", SharedCorpus.Path("corpus", "news-fr-real")),
        };
        var actual = new List<string>();
        foreach (var (label, path) in inputs) actual.AddRange(Extract(label, path));

        var golden = System.IO.Path.Combine([root, .. GoldenPath]);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllLines(golden, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(golden), $"No golden file at {golden}: run the test once with {UpdateVariable}=1.");
        var expected = File.ReadAllLines(golden);
        var differences = new List<string>();
        for (var i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            var e = i < expected.Length ? expected[i] : "(none)";
            var a = i < actual.Count ? actual[i] : "(none)";
            if (e != a) differences.Add($"line {i + 1} ({FileOf(e) ?? FileOf(a)}):\n  expected {Shorten(e, a)}\n  actual   {Shorten(a, e)}");
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} article(s) now extract differently from {string.Join('/', GoldenPath)}. If the change is meant, " +
            $"regenerate with {UpdateVariable}=1 and read the diff.\n" + string.Join("\n", differences.Take(5)));
    }

    // Lines name files relative to their corpus, so the golden file is the same on every checkout.
    private static IEnumerable<string> Extract(string label, string path)
    {
        using var output = new MemoryStream();
        ExtractCommand.Run([path], withText: false, output, TextWriter.Null);
        var text = Encoding.UTF8.GetString(output.ToArray());
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var json = JsonNode.Parse(line)!.AsObject();
            var file = json["file"]!.GetValue<string>();
            json["file"] = label + "/" + System.IO.Path.GetRelativePath(path, file).Replace('\\', '/');
            yield return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    private static string? FileOf(string line) =>
        line.StartsWith('{') ? JsonNode.Parse(line)?["file"]?.GetValue<string>() : null;

    // The differing part of a long line, with some context.
    private static string Shorten(string line, string other)
    {
        var at = 0;
        while (at < line.Length && at < other.Length && line[at] == other[at]) at++;
        var start = Math.Max(0, at - 80);
        return (start > 0 ? "…" : "") + line[start..Math.Min(line.Length, at + 160)];
    }
}
