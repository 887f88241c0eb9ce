using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>An article full of markup is stored, shown as text, and runs nothing in a reader's browser.</summary>
[Collection("browser")]
public sealed class HostileArticleTests
{
    private const string Payload =
        "Le studio Hostile annonce 300 suppressions de postes. <script>alert('script')</script> " +
        "<img src=x onerror=\"alert('img')\"> <a href=\"javascript:alert('lien')\">cliquez</a> " +
        "<div style=\"width: expression(alert('css'))\">texte</div> javascript:alert('brut') " +
        "Voir aussi https://exemple.invalid/\"><script>alert('url')</script>";

    [Fact]
    public async Task Hostile_markup_in_an_article_is_shown_as_text_and_runs_nothing()
    {
        using var server = new LiveServer();
        var folder = Directory.CreateTempSubdirectory("aimt-hostile-");
        var txt = Path.Combine(folder.FullName, "hostile.txt");
        var html = Path.Combine(folder.FullName, "hostile.html");
        await File.WriteAllTextAsync(txt, "Titre <script>alert('titre')</script>\n" + Payload);
        await File.WriteAllTextAsync(html, $"<html><head><title>Page piégée</title></head><body><article><h1>Page piégée <img src=x onerror=alert('h1')></h1><p>{Payload}</p><script>alert('page')</script></article></body></html>");
        var ids = new List<int>();
        using (var scope = server.Factory.Services.CreateScope())
        {
            var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
            foreach (var file in new[] { txt, html })
            {
                var outcome = await ingestor.IngestFileAsync(file, null, default);
                Assert.Equal(IngestStatus.New, outcome.Status);
                ids.Add(outcome.ArticleId!.Value);
            }
        }
        folder.Delete(recursive: true);

        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        foreach (var path in ids.Select(id => $"/articles/{id}").Append("/").Append("/recherche?q=script"))
        {
            await page.GotoAsync(server.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var link in await page.Locator("a[href^='javascript:' i]").AllAsync())
                Assert.Fail($"{path} has a javascript: link: {await link.GetAttributeAsync("href")}");
            Assert.Equal(0, await page.Locator("script, [onerror], [style*='expression']").CountAsync());
        }
        await page.GotoAsync(server.BaseUrl + $"/articles/{ids[0]}");
        Assert.Contains("<script>alert('script')</script>", await page.InnerTextAsync(".article-text"));
        Assert.Contains("<script>alert('titre')</script>", await page.InnerTextAsync("h1"));

        Assert.Empty(dialogs);
        Assert.Empty(errors);
        Assert.Empty(browser.BlockedRequests);
    }
}
