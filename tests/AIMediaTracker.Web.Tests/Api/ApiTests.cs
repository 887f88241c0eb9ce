using System.Net;
using System.Text.Json;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Api;

public sealed class ApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    [Fact]
    public async Task Figures_are_claims_that_lead_to_their_sentence()
    {
        // The company filter keeps a company's own claims: ClaimsEndpointsTests tests it on claims whose source is set.
        var all = (await GetJsonAsync("/api/figures")).GetProperty("items");
        Assert.True(all.GetArrayLength() > 0);
        var first = all[0];
        foreach (var field in new[] { "id", "kind", "value", "unit", "approximate", "citations", "html", "source", "text" })
            Assert.True(first.TryGetProperty(field, out _), $"missing {field}");
        Assert.Matches(@"^/articles/\d+#fig-\d+$", first.GetProperty("source").GetString());
        Assert.Contains(all.EnumerateArray(), f => f.GetProperty("value").GetDouble() == 204000 && f.GetProperty("unit").GetString() == "jobs");
    }

    [Fact]
    public async Task An_article_gives_spans_that_point_at_its_text()
    {
        var list = await GetJsonAsync("/api/articles?pageSize=100");
        var id = list.GetProperty("items").EnumerateArray().First(a => a.GetProperty("title").GetString()!.StartsWith("OpenAI s'aventure")).GetProperty("id").GetInt32();
        var article = await GetJsonAsync($"/api/articles/{id}");
        var text = article.GetProperty("text").GetString()!;
        var openAi = article.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == "OpenAI");
        Assert.Equal("OpenAI", text[openAi.GetProperty("start").GetInt32()..openAi.GetProperty("end").GetInt32()]);
        var figure = article.GetProperty("figures")[0];
        Assert.Contains(figure.GetProperty("text").GetString()!, figure.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task An_unknown_article_is_a_french_problem_document()
    {
        var response = await client.GetAsync("/api/articles/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Aucun article", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_list_pages_the_same_way_and_counts_the_whole_list()
    {
        foreach (var list in new[] { "/api/articles", "/api/claims", "/api/figures", "/api/timeline", "/api/organizations" })
        {
            var first = await GetJsonAsync($"{list}?pageSize=2");
            var total = first.GetProperty("total").GetInt32();
            Assert.True(total > 2, $"{list}: {total} items, too few to page");
            Assert.Equal((1, 2, (total + 1) / 2), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("pageCount").GetInt32()));
            var second = await GetJsonAsync($"{list}?page=2&pageSize=2");
            Assert.Equal(2, second.GetProperty("items").GetArrayLength());
            Assert.Empty(first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("html").GetString())
                .Intersect(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("html").GetString())));
        }
        // `take`, the figures' former page size, is still read.
        Assert.Equal(3, (await GetJsonAsync("/api/figures?take=3")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_company_filter_is_read_as_the_pages_read_it_and_an_unknown_one_is_an_error()
    {
        var bySlug = await GetJsonAsync("/api/articles?org=openai");
        var byName = await GetJsonAsync("/api/articles?org=" + Uri.EscapeDataString("l'OpenAI"));
        Assert.True(bySlug.GetProperty("total").GetInt32() > 0);
        Assert.Equal(bySlug.GetProperty("total").GetInt32(), byName.GetProperty("total").GetInt32());

        foreach (var address in new[] { "/api/articles", "/api/timeline", "/api/figures", "/export/claims.csv", "/export/chronologie.csv" })
        {
            var response = await client.GetAsync(address + "?org=" + Uri.EscapeDataString("Société Imaginaire"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("Aucune organisation ne correspond à « Société Imaginaire »", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_api_only_reads()
    {
        var response = await client.PostAsync("/api/articles", new StringContent("{}"));
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/figures", "/api/timeline", "/api/organizations" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task The_atom_feed_lists_the_articles()
    {
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/flux.atom"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = xml.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Contains(titles, t => t.StartsWith("OpenAI s'aventure"));
    }

    [Fact]
    public async Task Csv_export_of_the_figures_opens_in_a_french_spreadsheet()
    {
        var bytes = await client.GetByteArrayAsync("/export/claims.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id;type;base;valeur;unité", lines[0]);
        Assert.Contains(lines, l => l.Contains(";jobs_") && l.Contains(";204000;jobs;"));
    }
}
