using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Api;

/// <summary>The claim ledger out of the site: /api/claims, the claim page, the CSV export and an organisation's feed.</summary>
public sealed class ClaimsEndpointsTests : IAsyncLifetime
{
    private readonly TrackerFactory factory = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateClient();
        await ClaimSeeds.StoreAllAsync(factory);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> GetJsonAsync(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    [Fact]
    public async Task The_company_filter_keeps_its_own_claims_each_once_with_its_page()
    {
        var ubisoft = await GetJsonAsync("/api/claims?org=ubisoft");
        var claim = Assert.Single(ubisoft.GetProperty("items").EnumerateArray());
        Assert.Equal((1200d, "reported", 2), (claim.GetProperty("value").GetDouble(), claim.GetProperty("basis").GetString(), claim.GetProperty("citations").GetInt32()));
        Assert.Matches(@"^/chiffres/\d+$", claim.GetProperty("html").GetString());

        var projections = await GetJsonAsync("/api/claims?basis=projected&org=goldman-sachs");
        Assert.Equal(1200d, Assert.Single(projections.GetProperty("items").EnumerateArray()).GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task A_claim_page_lists_every_citing_article_with_its_sentence_highlighted()
    {
        var claim = (await GetJsonAsync("/api/claims?org=ubisoft")).GetProperty("items")[0];
        var html = await client.GetStringAsync(claim.GetProperty("html").GetString());

        Assert.Contains("<mark>1 200 postes</mark>", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, @"href=""/articles/\d+#fig-\d+""").Count);
        Assert.Contains("Ubisoft", html);
        Assert.Contains("5 mars 2024", html);
    }

    /// <summary>The citation links of the claim page, each with the element id it targets on its article's page.</summary>
    private async Task<List<string>> CitationLinksAsync(string claimPage)
    {
        var html = await client.GetStringAsync(claimPage);
        var links = System.Text.RegularExpressions.Regex.Matches(html, @"href=""(/articles/\d+)#(fig-\d+)""").Select(m => (Page: m.Groups[1].Value, Anchor: m.Groups[2].Value)).ToList();
        foreach (var (page, anchor) in links) Assert.Contains($"id=\"{anchor}\"", await client.GetStringAsync(page));
        return links.Select(l => $"{l.Page}#{l.Anchor}").ToList();
    }

    [Fact]
    public async Task A_claim_page_and_its_citation_links_land_on_their_sentences_before_and_after_reextraction()
    {
        var claimPage = (await GetJsonAsync("/api/claims?org=ubisoft")).GetProperty("items")[0].GetProperty("html").GetString()!;
        var before = await CitationLinksAsync(claimPage);
        Assert.Equal(2, before.Count);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var reextractor = scope.ServiceProvider.GetRequiredService<AIMediaTracker.Ingestion.Pipeline.ArticleReextractor>();
            foreach (var id in await reextractor.PendingAsync(all: true, default)) await reextractor.ReextractAsync(id, default);
        }
        // The same claim page, and every link on it still lands on its sentence.
        Assert.Equal(before, await CitationLinksAsync(claimPage));
    }

    [Fact]
    public async Task The_csv_export_has_one_row_per_claim_with_its_page()
    {
        var text = await client.GetStringAsync("/export/claims.csv?org=ubisoft");
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(";jobs_lost;reported;1200;jobs;", lines[1]);
        Assert.Matches(@"/chiffres/\d+$", lines[1]);
    }

    [Fact]
    public async Task An_organisation_feed_lists_its_claims_and_articles()
    {
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/organisations/ubisoft/flux.atom"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var ids = xml.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.Contains(ids, id => id.Contains("/chiffres/"));
        Assert.Contains(ids, id => id.Contains("/articles/"));
    }
}
