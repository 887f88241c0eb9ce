using System.Net;
using System.Text.Json;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Api;

/// <summary>
/// The OpenAPI document tells the truth: every read endpoint of /api documents its answer's shape, and
/// what each one really returns on seeded data matches it, field by field (nothing undocumented,
/// nothing required missing). Lists follow one convention (page, pageSize → items, page, pageSize,
/// total, pageCount) and every listed item carries its id and its page on this site.
/// </summary>
public sealed class OpenApiDocumentTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    private async Task<JsonElement> DocumentAsync() => await GetJsonAsync("/openapi/v1.json");

    private static IEnumerable<(string Path, JsonElement Get)> ReadEndpoints(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/") && p.Value.TryGetProperty("get", out _))
            .Select(p => (p.Name, p.Value.GetProperty("get")));

    private static JsonElement? Schema(JsonElement operation, string status) =>
        operation.GetProperty("responses").TryGetProperty(status, out var response) && response.TryGetProperty("content", out var content)
            ? content.EnumerateObject().First().Value.GetProperty("schema") : null;

    /// <summary>An address to call for each documented path, its route values taken from the lists the API gives.</summary>
    private async Task<Dictionary<string, string>> SampleAddressesAsync()
    {
        var article = (await GetJsonAsync("/api/articles?pageSize=1000")).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("id").GetInt32()).Select(id => GetJsonAsync($"/api/articles/{id}").Result)
            .First(a => a.GetProperty("entities").EnumerateArray().Any(e => e.GetProperty("type").GetString() == "person") && a.GetProperty("figures").GetArrayLength() > 0);
        var person = article.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("type").GetString() == "person").GetProperty("slug").GetString();
        var claim = (await GetJsonAsync("/api/claims")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var organization = (await GetJsonAsync("/api/organizations")).GetProperty("items")[0].GetProperty("slug").GetString();
        return new Dictionary<string, string>
        {
            ["/api/articles"] = "/api/articles",
            ["/api/articles/{id}"] = $"/api/articles/{article.GetProperty("id").GetInt32()}",
            ["/api/claims"] = "/api/claims",
            ["/api/claims/{id}"] = $"/api/claims/{claim}",
            ["/api/figures"] = "/api/figures",
            ["/api/timeline"] = "/api/timeline",
            ["/api/organizations"] = "/api/organizations",
            ["/api/organizations/{slug}"] = $"/api/organizations/{organization}",
            ["/api/people/{slug}"] = $"/api/people/{person}",
        };
    }

    [Fact]
    public async Task Every_read_endpoint_returns_what_its_documented_schema_says()
    {
        var document = await DocumentAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var check = new OpenApiSchemaCheck(document);
        var addresses = await SampleAddressesAsync();
        var errors = new List<string>();
        foreach (var (path, get) in ReadEndpoints(document))
        {
            Assert.True(addresses.TryGetValue(path, out var address), $"{path} is documented but this test has no address for it: add one");
            var schema = Schema(get, "200");
            Assert.True(schema is not null, $"{path}: no schema for its 200 answer");
            var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            errors.AddRange(check.Check(schema!.Value, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, address));
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(addresses.Keys.Order(), ReadEndpoints(document).Select(e => e.Path).Order());
    }

    [Fact]
    public async Task Every_list_takes_page_and_page_size_and_its_items_carry_an_id_and_a_site_address()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        var lists = ReadEndpoints(document).Where(e => check.Resolve(Schema(e.Get, "200")!.Value).GetProperty("properties").TryGetProperty("items", out _)).ToList();
        Assert.True(lists.Count >= 5, $"expected the API's lists, found {lists.Count}");
        foreach (var (path, get) in lists)
        {
            var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("page", parameters);
            Assert.Contains("pageSize", parameters);
            var page = check.Resolve(Schema(get, "200")!.Value);
            Assert.Equal(["items", "page", "pageCount", "pageSize", "total"], page.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order());
            var item = check.Resolve(page.GetProperty("properties").GetProperty("items").GetProperty("items")).GetProperty("properties");
            Assert.True(item.TryGetProperty("html", out _), $"{path}: items have no html address");
            Assert.True(item.TryGetProperty("id", out _) || item.TryGetProperty("slug", out _), $"{path}: items have no id");
        }
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/claims/999999")]
    [InlineData("/api/organizations/nulle-part")]
    [InlineData("/api/people/personne-inconnue")]
    [InlineData("/api/claims?org=entreprise-inconnue")]
    public async Task A_documented_not_found_is_a_problem_document_in_french(string address)
    {
        var document = await DocumentAsync();
        var path = address.Contains('?') ? address[..address.IndexOf('?')] : string.Join('/', address.Split('/')[..^1]) + (address.StartsWith("/api/articles") || address.StartsWith("/api/claims") ? "/{id}" : "/{slug}");
        var get = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(new OpenApiSchemaCheck(document).Check(Schema(get, "404")!.Value, body));
        Assert.StartsWith("Aucun", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/articles?page=deux")]
    [InlineData("/api/timeline?pageSize=beaucoup")]
    public async Task A_parameter_that_does_not_parse_is_a_documented_bad_request(string address)
    {
        var document = await DocumentAsync();
        var get = document.GetProperty("paths").GetProperty(address[..address.IndexOf('?')]).GetProperty("get");
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(new OpenApiSchemaCheck(document).Check(Schema(get, "400")!.Value, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
    }

    [Fact]
    public async Task The_check_fails_on_an_undocumented_field_a_missing_required_one_and_a_wrong_type()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        var schema = Schema(document.GetProperty("paths").GetProperty("/api/organizations").GetProperty("get"), "200")!.Value;
        var real = await GetJsonAsync("/api/organizations");
        Assert.Empty(check.Check(schema, real));

        var item = real.GetProperty("items")[0];
        JsonElement With(string json) => JsonDocument.Parse(json).RootElement;
        var extra = With($$"""{"items":[{"slug":"a","name":"A","articles":1,"html":"/organisations/a","logo":"x"}],"page":1,"pageSize":50,"total":1,"pageCount":1}""");
        Assert.Contains(check.Check(schema, extra), e => e.Contains("logo") && e.Contains("not documented"));
        var missing = With("""{"items":[{"slug":"a","name":"A","articles":1}],"page":1,"pageSize":50,"total":1,"pageCount":1}""");
        Assert.Contains(check.Check(schema, missing), e => e.Contains("html") && e.Contains("missing"));
        var wrongType = With("""{"items":[],"page":"un","pageSize":50,"total":1,"pageCount":1}""");
        Assert.Contains(check.Check(schema, wrongType), e => e.Contains("$.page"));
        Assert.NotEqual(JsonValueKind.Undefined, item.ValueKind);
    }
}
