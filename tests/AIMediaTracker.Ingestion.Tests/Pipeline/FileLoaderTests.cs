using System.Text;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Tests.Pipeline;

public sealed class FileLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aimt-loader-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_text_of_one_paragraph_is_stored_with_its_figures_under_its_file_name()
    {
        var path = Path.Combine(folder, "depeche-norvana.txt");
        File.WriteAllText(path, "Le groupe canadien Norvana a annoncé mardi 25 novembre 2025 prévoir la suppression de 1 200 postes d'ici fin 2027, "
            + "du fait de la mise en place d'un plan d'adoption de l'intelligence artificielle dans ses centres d'appels.\n", Encoding.UTF8);
        using var database = new TestDatabase();

        var outcome = await new ArticleIngestor(database.NewContext(), TimeProvider.System).IngestFileAsync(path, null, default);

        Assert.Equal(IngestStatus.New, outcome.Status);
        using var db = database.NewContext();
        Assert.Equal("depeche-norvana", (await db.Articles.SingleAsync()).Title);
        Assert.Contains(await db.Figures.Select(f => f.Value).ToListAsync(), v => v == 1200);
    }
}
