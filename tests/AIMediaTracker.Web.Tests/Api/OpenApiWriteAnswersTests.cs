using System.Net.Http.Json;
using System.Text.Json;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Api;

/// <summary>
/// The write side of the OpenAPI document: every operation documents a schema for its success, and
/// the operators' corrections really answer what it says, refusals included (on an app of their own,
/// as they change the data).
/// </summary>
public sealed class OpenApiWriteAnswersTests : IDisposable
{
    private readonly TrackerFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Every_operation_of_the_api_documents_the_shape_of_its_success()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var undocumented = document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/"))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .Where(o => !o.Operation.GetProperty("responses").EnumerateObject()
                .Any(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var c) && c.EnumerateObject().Any(m => m.Value.TryGetProperty("schema", out _))))
            .Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.True(undocumented.Count == 0, "no schema for the success of: " + string.Join(", ", undocumented));
    }

    [Fact]
    public async Task Corrections_answer_what_the_document_says()
    {
        var reader = factory.CreateClient();
        var document = JsonDocument.Parse(await reader.GetStringAsync("/openapi/v1.json")).RootElement;
        var check = new OpenApiSchemaCheck(document);
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        var writer = factory.CreateClient();
        writer.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, await OperatorSession.CreateKeyAsync(factory, "alice"));

        var claim = JsonDocument.Parse(await reader.GetStringAsync("/api/claims?kind=jobs_lost&basis=reported")).RootElement.GetProperty("items")[0];
        var figure = claim.GetProperty("figureId").GetInt64();
        var calls = new (string Template, string Address, object Body)[]
        {
            ("/api/claims/{id}/grade", $"/api/claims/{claim.GetProperty("id").GetInt64()}/grade", new { grade = "explicit" }),
            ("/api/organizations/{slug}/rename", "/api/organizations/openai/rename", new { name = "OpenAI Inc." }),
            ("/api/figures/{id}/kind", $"/api/figures/{figure}/kind", new { kind = "jobs_at_risk" }),
            ("/api/figures/{id}/attribution", $"/api/figures/{figure}/attribution", new { attribution = "Cabinet Futurible" }),
            ("/api/figures/{id}/reject", $"/api/figures/{figure}/reject", new { }),
            ("/api/reextraction", "/api/reextraction", new { all = false }),
            ("/api/figures/{id}/kind", $"/api/figures/{figure}/kind", new { kind = "pas_un_type" }),
            ("/api/imports", "/api/imports", new { url = "pas une adresse" }),
        };
        var errors = new List<string>();
        var statuses = new List<string>();
        foreach (var (template, address, body) in calls)
        {
            var response = await writer.PostAsJsonAsync(address, body);
            var status = ((int)response.StatusCode).ToString();
            statuses.Add(status);
            var responses = document.GetProperty("paths").GetProperty(template).GetProperty("post").GetProperty("responses");
            if (!responses.TryGetProperty(status, out var documented)) { errors.Add($"{address}: {status} is not documented"); continue; }
            var schema = documented.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema");
            errors.AddRange(check.Check(schema, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, $"{address} ({status})"));
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["200", "200", "200", "200", "200", "202", "400", "400"], statuses);
    }
}
