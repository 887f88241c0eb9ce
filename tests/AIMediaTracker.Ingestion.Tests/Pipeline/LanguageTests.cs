using System.Text;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

/// <summary>Articles in other languages are stored and labelled, kept out of the French statistics unless asked for.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aimt-lang-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string English = "OpenAI signs a deal with a publisher\nOpenAI has signed a licensing deal with a French news publisher, the company said on Tuesday. "
        + "\"We will not replace any journalist,\" said Jane Smith, the chief executive of the group, adding that 1,200 jobs were at risk.";

    private const string German = "OpenAI und der Verlag\nDer Verlag hat am Dienstag eine Vereinbarung mit OpenAI unterzeichnet, die nicht veröffentlicht wurde. "
        + "Nach Angaben der Gewerkschaft sind 1.200 Stellen in der Redaktion bedroht, die mit der künstlichen Intelligenz arbeiten.";

    private const string French = "Accord entre OpenAI et un éditeur\nLe groupe de presse a signé un accord avec OpenAI, selon un communiqué publié mardi. "
        + "Selon la CGT, 1 200 emplois sont menacés dans les rédactions.";

    [Fact]
    public async Task Labels_each_article_with_its_language_and_counts_only_french_ones_by_default()
    {
        using var database = new TestDatabase();
        var ingestor = new ArticleIngestor(database.NewContext(), TimeProvider.System);
        foreach (var (name, text) in new[] { ("en.txt", English), ("de.txt", German), ("fr.txt", French) })
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, text, Encoding.UTF8);
            Assert.Equal(IngestStatus.New, (await ingestor.IngestFileAsync(path, null, default)).Status);
        }

        using var db = database.NewContext();
        var languages = await db.Articles.OrderBy(a => a.Id).Select(a => a.Language).ToListAsync();
        Assert.Equal(["en", "de", "fr"], languages);
        // The English "1,200 jobs" is no figure of the French statistics.
        Assert.Equal(0, await db.Figures.CountAsync(f => f.Article!.Language != "fr"));

        var queries = new ArticleQueries(db);
        var french = await queries.ListAsync(TrackerFilter.None, 1, 10, default);
        Assert.Equal("Accord entre OpenAI et un éditeur", Assert.Single(french.Items).Title);
        var all = await queries.ListAsync(TrackerFilter.None with { Lang = TrackerFilter.AllLanguages }, 1, 10, default);
        Assert.Equal(3, all.Total);
    }
}
