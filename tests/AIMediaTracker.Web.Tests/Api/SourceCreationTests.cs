using System.Net;
using System.Net.Http.Json;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Api;

/// <summary>Six operators' requests to follow one feed at once, on the real server: one source, no error.</summary>
public sealed class SourceCreationTests
{
    [Fact]
    public async Task Six_parallel_requests_to_follow_one_feed_create_one_source_and_no_error()
    {
        using var server = new LiveServer(new Dictionary<string, string?> { ["Ingestion:SeedsPath"] = "" });
        await OperatorSession.CreateOperatorAsync(server.Factory, "alice");
        var key = await OperatorSession.CreateKeyAsync(server.Factory, "alice");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            using var response = await client.PostAsJsonAsync("/api/sources", new { url = "https://exemple.fr/flux-ia.xml" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{(int)a.StatusCode} {a.Body}"));
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var source = await db.Sources.SingleAsync(s => s.Url == "https://exemple.fr/flux-ia.xml");
        Assert.All(answers, a => Assert.Contains($"\"id\":{source.Id}", a.Body));
    }
}
