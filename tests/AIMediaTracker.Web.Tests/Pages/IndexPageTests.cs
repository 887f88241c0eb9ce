using System.Net;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Pages;

public sealed class IndexPageTests
{
    [Fact]
    public async Task Fresh_database_shows_the_founding_article_with_its_organisations()
    {
        using var factory = new TrackerFactory();
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("aventure à Hollywood avec", html);
        var card = html[html.IndexOf("aventure à Hollywood", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("Organisations :", card);
        Assert.Contains("OpenAI", card);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_no_article()
    {
        var database = TrackerFactory.NewDatabase();
        int first, second;
        try
        {
            using (var factory = new TrackerFactory(database))
            {
                _ = factory.Server;
                first = await CountArticlesAsync(factory);
            }
            using (var factory = new TrackerFactory(database))
            {
                _ = factory.Server;
                second = await CountArticlesAsync(factory);
            }
        }
        finally
        {
            TrackerFactory.DeleteDatabase(database);
        }
        Assert.True(first >= 7, $"expected the seeds to be imported, found {first} article(s)");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Unknown_page_answers_404_in_french()
    {
        using var factory = new TrackerFactory();
        var response = await factory.CreateClient().GetAsync("/cette-page-n-existe-pas");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Article_page_shows_its_text()
    {
        using var factory = new TrackerFactory();
        var client = factory.CreateClient();
        int id;
        using (var scope = factory.Services.CreateScope())
            id = await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Articles
                .Where(a => a.Title.StartsWith("OpenAI s'aventure")).Select(a => a.Id).SingleAsync();
        var html = await client.GetStringAsync($"/articles/{id}");
        Assert.Contains("le producteur Tyler Perry", html);
    }

    private static async Task<int> CountArticlesAsync(TrackerFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Articles.CountAsync();
    }
}
