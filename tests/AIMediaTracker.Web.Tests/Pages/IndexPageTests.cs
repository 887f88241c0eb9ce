using System.Net;
using AIMediaTracker.Core.Model;
using Microsoft.AspNetCore.Mvc.Testing;
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
    public async Task Cuts_of_undated_articles_are_said_under_the_monthly_charts_in_french_and_english()
    {
        using var factory = new TrackerFactory();
        static FigureFact Cut(FigureFact f, string company) => f with { Basis = FigureBasis.Reported, Subject = company };
        await ClaimSeeds.StoreAsync(factory, "Le groupe OpenAI a supprimé 300 emplois au service client, en raison de l'automatisation.", new DateOnly(2024, 5, 2), f => Cut(f, "OpenAI"));
        await ClaimSeeds.StoreAsync(factory, "Chez Ubisoft, la direction invoque l'IA : 1 200 postes ont été supprimés dans les studios.", null, f => Cut(f, "Ubisoft"));
        await ClaimSeeds.StoreAsync(factory, "Le studio Ubisoft va créer 450 emplois à Montpellier pour son nouveau jeu.", null,
            f => f with { Basis = FigureBasis.Reported, Subject = "Ubisoft" });

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var html = await client.GetStringAsync("/");
        // The month chart shows May's 300; the undated 1 200 is in the headline and said under the bars.
        var months = Chart(html, "cuts-month");
        Assert.Contains("mai 2024", months);
        Assert.Contains("Sans date de publication : 1\u202f200 (1), comptés dans le total mais dans aucun mois.", months);
        // No dated creation: the note replaces « Aucune création… », which the headline's 450 would contradict.
        var created = Chart(html, "created-month");
        Assert.Contains("Sans date de publication : 450 (1)", created);
        Assert.DoesNotContain("Aucune création", created);

        await client.GetAsync("/langue/en?retour=%2F");
        Assert.Contains("No publication date: 1,200 (1), counted in the total but in no month.", Chart(await client.GetStringAsync("/"), "cuts-month"));
    }

    [Fact]
    public async Task The_headline_says_how_much_of_it_no_company_announced_in_french_and_english()
    {
        using var factory = new TrackerFactory();
        await ClaimSeeds.StoreAsync(factory, "Chez Ubisoft, la direction invoque l'IA : 1 200 postes ont été supprimés dans les studios.", new DateOnly(2024, 5, 2),
            f => f with { Basis = FigureBasis.Reported, Subject = "Ubisoft" });
        await ClaimSeeds.StoreAsync(factory, "Dans le jeu vidéo, 13 000 emplois ont été supprimés en 2024.", new DateOnly(2024, 6, 3),
            f => f with { Basis = FigureBasis.Reported, Subject = null, Attribution = null });

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        // The seeds' own cuts name their companies: the tally of a sector is the one part that names none.
        Assert.Contains("et 13\u202f000 dans 1 bilan ne nommant aucune entreprise (un secteur, un pays, une étude)", html);

        await client.GetAsync("/langue/en?retour=%2F");
        Assert.Contains("and 13,000 in 1 tally naming no company (a sector, a country, a study)",
            System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/")));
    }

    private static string Chart(string html, string id)
    {
        var start = html.IndexOf($"<figure class=\"chart\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)]);
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
