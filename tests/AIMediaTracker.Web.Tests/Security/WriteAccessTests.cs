using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Security;

/// <summary>
/// Every endpoint that can change data refuses a request without an operator's credentials, and
/// such a request writes nothing. The list of endpoints is read from the app itself, so a write
/// endpoint added later is covered without editing this test.
/// </summary>
public sealed class WriteAccessTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>API routes that accept a write method, with their parameters filled in.</summary>
    private List<(string Method, string Path)> ApiWrites(long figureId)
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Intersect(WriteMethods).Select(m => (m, e)))
            .Select(p => (p.m, "/" + p.e.RoutePattern.RawText!.TrimStart('/')
                .Replace("{slug}", "openai").Replace("{id:long}", figureId.ToString()).Replace("{id:int}", "1")))
            .ToList();
    }

    /// <summary>Every POST handler of every page under /admin, found by reflection on the page models.</summary>
    private static List<string> AdminPostHandlers() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace!.EndsWith(".Pages.Admin", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => (Page: t.Name == "IndexModel" ? "/admin" : "/admin/corriger",
                              Handler: m.Name["OnPost".Length..].Replace("Async", ""))))
            .Select(h => h.Handler.Length == 0 ? h.Page : $"{h.Page}?handler={h.Handler}")
            .ToList();

    private async Task<string> SnapshotAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return string.Join(" | ",
            $"articles {await db.Articles.CountAsync()}", $"orgs {string.Join(",", await db.Organizations.OrderBy(o => o.Id).Select(o => o.Name).ToListAsync())}",
            $"people {string.Join(",", await db.People.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync())}",
            $"figures {string.Join(",", await db.Figures.OrderBy(f => f.Id).Select(f => f.Kind + "/" + f.Basis + "/" + f.Attribution + "/" + f.Subject).ToListAsync())}",
            $"sources {await db.Sources.CountAsync()}", $"corrections {await db.Corrections.CountAsync()}",
            $"verdicts {await db.FigureCorrections.CountAsync()}", $"failures {await db.ImportFailures.CountAsync()}",
            $"keys {await db.ApiKeys.CountAsync()}", $"operators {await db.Operators.CountAsync()}");
    }

    private async Task<long> AnyFigureIdAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Figures.Select(f => f.Id).FirstAsync();
    }

    private static object Body => new
    {
        url = "http://127.0.0.1:9/article", name = "Pirate", into = "goldman-sachs", kind = "jobs_lost", all = true,
        basis = "projected", attribution = "Pirate", subject = "Pirate",
    };

    [Fact]
    public async Task Anonymous_requests_to_every_write_endpoint_are_refused_and_write_nothing()
    {
        var client = OperatorSession.Client(app.Factory);
        var api = ApiWrites(await AnyFigureIdAsync());
        var pages = AdminPostHandlers();
        Assert.Contains(api, w => w.Path == "/api/imports");
        Assert.Contains(api, w => w.Path.EndsWith("/merge", StringComparison.Ordinal));
        Assert.Contains(api, w => w.Path.EndsWith("/attribution", StringComparison.Ordinal));
        Assert.Contains("/admin/corriger?handler=MergeOrganization", pages);
        Assert.Contains("/admin/corriger?handler=FigureClaim", pages);
        Assert.Contains("/admin?handler=Import", pages);
        var before = await SnapshotAsync();

        foreach (var (method, path) in api)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Body) };
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
        }
        foreach (var path in pages)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["url"] = "http://127.0.0.1:9/article", ["slug"] = "openai", ["into"] = "goldman-sachs", ["name"] = "Pirate", ["id"] = "1", ["article"] = "1", ["kind"] = "jobs_lost", ["label"] = "x", ["correction"] = "1",
                ["basis"] = "projected", ["attribution"] = "Pirate", ["subject"] = "Pirate",
            }));
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"POST {path} answered {(int)response.StatusCode}");
        }
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_wrong_or_revoked_key_and_the_login_cookie_do_not_open_the_write_api()
    {
        await OperatorSession.CreateOperatorAsync(app.Factory, "carole");
        var key = await OperatorSession.CreateKeyAsync(app.Factory, "carole");
        var before = await SnapshotAsync();
        var client = OperatorSession.Client(app.Factory);

        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key + "x");
        var wrong = await client.PostAsJsonAsync("/api/organizations/openai/rename", new { name = "Pirate" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType!.MediaType);
        Assert.Contains("X-Api-Key", await wrong.Content.ReadAsStringAsync());

        // Logged in through the form, but no key: the API does not take the cookie (no cross-site writes).
        client.DefaultRequestHeaders.Remove(ApiKeyAuthentication.Header);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorSession.PostLoginAsync(client, "carole", OperatorSession.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/organizations/openai/rename", new { name = "Pirate" })).StatusCode);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<OperatorAccounts>();
            var id = (await accounts.KeysAsync("carole", default)).Single().Id;
            await accounts.RevokeApiKeyAsync("carole", id, default);
        }
        using var revoked = new HttpRequestMessage(HttpMethod.Post, "/api/organizations/openai/rename") { Content = JsonContent.Create(new { name = "Pirate" }) };
        revoked.Headers.Add(ApiKeyAuthentication.Header, key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(revoked)).StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }
}
