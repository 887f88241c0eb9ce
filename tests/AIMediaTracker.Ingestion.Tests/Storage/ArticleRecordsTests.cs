using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Storage;
using AIMediaTracker.Ingestion.Tests.Support;

namespace AIMediaTracker.Ingestion.Tests.Storage;

public sealed class ArticleRecordsTests
{
    private const string Body =
        "Le 12 mars 2024, OpenAI a annoncé un investissement de 2,5 milliards de dollars en France. " +
        "« Nous voulons recruter 300 ingénieurs d'ici 2026 », a déclaré Sam Altman, directeur général d'OpenAI. " +
        "Selon Mistral AI, près de 204 000 emplois pourraient être touchés, et Google présente Gemini aux studios. " +
        "« L'IA n'est qu'un outil, un \"copilote\" \\ pas un 🎬 réalisateur », a estimé Sam Altman. " +
        "Plus d'informations : https://exemple.fr/openai-france?q=ça&x=1";

    private static readonly string[] Tables = ["Mentions", "Figures", "Dates", "Quotes", "Links"];

    [Fact]
    public async Task Import_writes_the_same_rows_as_entity_framework_does_on_reextraction()
    {
        using var database = new TestDatabase();
        await new ArticleWriter(database.NewContext(), TimeProvider.System)
            .SaveAsync(new ArticleDocument("OpenAI en France", Body), new ArticleOrigin("a.txt"), default);
        var imported = await RowsAsync(database);

        var reextractor = new ArticleReextractor(database.NewContext(), TimeProvider.System);
        foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);

        Assert.All(Tables, t => Assert.NotEmpty(imported[t]));
        Assert.Contains(imported["Quotes"], q => q.Contains("\"copilote\" \\ pas un 🎬 réalisateur"));
        Assert.Equal(imported, await RowsAsync(database));
    }

    private static async Task<Dictionary<string, List<string>>> RowsAsync(TestDatabase database)
    {
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in Tables) rows[table] = await database.TypedRowsAsync(table);
        return rows;
    }
}
