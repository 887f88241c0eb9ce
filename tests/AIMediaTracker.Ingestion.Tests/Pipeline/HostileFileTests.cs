using System.Diagnostics;
using System.Text;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

/// <summary>Files nobody meant as articles: refused with a recorded reason, or stored cleaned, never a stall.</summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Paragraph = "<p>Le syndicat des journalistes dénonce, dans un communiqué publié mardi, l'usage de l'intelligence artificielle par la rédaction.</p>";

    private readonly string folder = Directory.CreateTempSubdirectory("aimt-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<IngestOutcome> IngestAsync(TestDatabase database, string path) =>
        await new ArticleIngestor(database.NewContext(), TimeProvider.System).IngestFileAsync(path, null, default);

    public static TheoryData<string, byte[]> Binaries()
    {
        var random = new Random(16);
        var noise = new byte[20_000];
        random.NextBytes(noise);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. noise];
        return new() { { "image.txt", png }, { "archive.txt", noise }, { "document.html", [.. "%PDF-1.7\n"u8, .. noise] } };
    }

    [Theory]
    [MemberData(nameof(Binaries))]
    public async Task A_binary_file_is_refused_with_a_recorded_reason_not_stored(string name, byte[] bytes)
    {
        using var database = new TestDatabase();
        var outcome = await IngestAsync(database, Write(name, bytes));

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("binaire", outcome.Reason);
        using var db = database.NewContext();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Contains("binaire", (await db.ImportFailures.SingleAsync()).Reason);
    }

    [Fact]
    public async Task Control_characters_are_removed_before_storing_on_every_database()
    {
        using var database = new TestDatabase();
        var text = "Accord\0 entre un éditeur et OpenAI\n\nLe groupe\u0001 a signé\u0007 un accord\u001B avec OpenAI,\tselon un communiqué\u007F publié mardi.\n";
        var outcome = await IngestAsync(database, Write("nul.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(IngestStatus.New, outcome.Status);
        using var db = database.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Accord entre un éditeur et OpenAI", article.Title);
        Assert.Contains("Le groupe a signé un accord avec OpenAI,\tselon un communiqué publié mardi.", article.Text);
    }

    public static TheoryData<string> HostilePages() => new()
    {
        "<html><body>" + Repeat("<div>", 100_000) + Paragraph + Repeat("</div>", 100_000) + "</body></html>",
        "<html><body>" + Repeat("<table><tr><td>", 20_000) + Paragraph + Repeat("</td></tr></table>", 20_000) + "</body></html>",
        "<html><body><article>" + Repeat("<span>mot</span>", 100_000) + Paragraph + "</article></body></html>",
        $"<html><body><div class=\"{new string('a', 1_000_000)}\">{Paragraph}</div><img alt=\"{new string('x', 1_000_000)}\"></body></html>",
    };

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task A_hostile_page_is_imported_in_seconds_with_its_text(string html)
    {
        using var database = new TestDatabase();
        var path = Write("page.html", Encoding.UTF8.GetBytes(html));
        var clock = Stopwatch.StartNew();
        var outcome = await IngestAsync(database, path);

        // A loose bound on a loaded machine: before the markup limits these took from 20 s to minutes.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 20);
        Assert.Equal(IngestStatus.New, outcome.Status);
        using var db = database.NewContext();
        Assert.Contains("dénonce, dans un communiqué", (await db.Articles.SingleAsync()).Text);
    }
}
