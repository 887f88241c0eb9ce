using System.Text;
using System.Text.Json.Nodes;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Web.Cli;

namespace AIMediaTracker.Web.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aimt-extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_fault_of_the_extractor_on_one_article_is_its_error_line_and_the_next_articles_are_extracted()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Article fautif\n\nLe studio Norvane supprime 120 postes.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Article sain\n\nLe studio Tessane supprime 80 postes.");
        using var output = new MemoryStream();
        var errors = new StringWriter();

        var failed = ExtractCommand.Run([folder], withText: false, output, errors,
            document => document.Title.Contains("fautif") ? throw new ArgumentOutOfRangeException("start") : ArticleExtractor.Extract(document));

        Assert.Equal(1, failed);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!.AsObject()).OrderBy(l => l["file"]!.GetValue<string>()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("Erreur interne", lines[0]["error"]!.GetValue<string>());
        Assert.Contains("ArgumentOutOfRangeException", errors.ToString());
        Assert.Null(lines[1]["error"]);
        Assert.Equal(80, lines[1]["figures"]!.AsArray().Single(f => f!["kind"]!.GetValue<string>() == "jobs_lost")!["value"]!.GetValue<double>());
    }
}
