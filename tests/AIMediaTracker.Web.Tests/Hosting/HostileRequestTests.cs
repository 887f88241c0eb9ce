using System.Net;
using System.Text;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Hosting;

/// <summary>
/// Every route of the app (read from its endpoints, so a route added later is covered), with every
/// method and hostile query strings, on the real Kestrel server: no answer is a 500. A route that
/// answers GET also answers HEAD, and the JSON API answers its errors in JSON.
/// </summary>
public sealed class HostileRequestTests : IClassFixture<HostileRequestTests.Server>
{
    public sealed class Server : IDisposable
    {
        public LiveServer Live { get; } = new();
        public void Dispose() => Live.Dispose();
    }

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE"];

    private static readonly string[] Keys = ["org", "from", "to", "sector", "q", "page", "retour", "handler", "kind", "type", "id", "slug", "lang", "culture"];

    /// <summary>Raw query values, already percent-encoded as an attacker would send them.</summary>
    private static readonly string[] HostileValues =
    [
        "%00", "%09", "/%09/evil.example", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%FF%FE%C3%28", "%E2%82", "%", "%%32%35", "-1", "99999999999999999999", "2025-13", "0",
        new string('a', 3000), "%27%20OR%201%3D1--", "%C0%AF", "l%27IA",
    ];

    private readonly LiveServer live;
    private readonly List<string> paths;

    public HostileRequestTests(Server server)
    {
        live = server.Live;
        paths = live.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => Fill(e.RoutePattern)).Where(p => p is not null).Select(p => p!).Distinct().Order().ToList();
    }

    /// <summary>A concrete path for a route pattern: each parameter gets a plausible value.</summary>
    private static string? Fill(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal: text.Append(literal.Content); break;
                    case RoutePatternSeparatorPart separator: text.Append(separator.Content); break;
                    case RoutePatternParameterPart parameter:
                        if (parameter.IsCatchAll) text.Append("a/b");
                        else if (parameter.ParameterPolicies.Any(p => p.Content is "int" or "long")) text.Append('1');
                        else text.Append(parameter.Name == "culture" ? "en" : "openai");
                        break;
                }
            }
            segments.Add(text.ToString());
        }
        return "/" + string.Join('/', segments);
    }

    private static IEnumerable<string> Queries()
    {
        yield return "";
        foreach (var value in HostileValues) yield return "?" + string.Join('&', Keys.Select(k => $"{k}={value}"));
        yield return "?" + string.Join('&', Keys.SelectMany(k => new[] { $"{k}=1", $"{k}=openai", $"{k}=" }));
        yield return "?%00=%00&=x&&&org";
    }

    [Fact]
    public async Task No_route_method_or_query_gets_a_server_error()
    {
        Assert.True(paths.Count > 15, $"only {paths.Count} routes found");
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };
        var errors = new List<string>();
        foreach (var path in paths.Concat(["/articles/abc", "/api/articles/abc", "/nulle-part", "/%00", "/api/%FF"]))
            foreach (var query in Queries())
                foreach (var method in Methods)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(live.BaseUrl + path + query));
                    if (method is "POST" or "PUT") request.Content = new StringContent("{\"url\":\"%00\",\"name\":\"\\u0000\"}", Encoding.UTF8, "application/json");
                    using var response = await client.SendAsync(request);
                    if ((int)response.StatusCode >= 500) errors.Add($"{method} {path}{Short(query)} → {(int)response.StatusCode}");
                }
        Assert.True(errors.Count == 0, $"{errors.Count} server errors:\n" + string.Join("\n", errors.Take(40)));
    }

    private static string Short(string query) => query.Length > 80 ? query[..80] + "…" : query;

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/articles")]
    [InlineData("/export/chiffres.csv")]
    [InlineData("/export/chronologie.csv")]
    [InlineData("/flux.atom")]
    [InlineData("/")]
    public async Task Head_answers_wherever_get_does(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_get_route_also_answers_head()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };
        var mismatches = new List<string>();
        foreach (var path in paths)
        {
            using var get = await client.GetAsync(path);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            if (get.StatusCode != head.StatusCode) mismatches.Add($"{path}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [InlineData("/api/articles/abc", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/nulle-part", HttpStatusCode.NotFound)]
    public async Task The_api_answers_its_errors_as_problem_details(string path, HttpStatusCode status)
    {
        using var client = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/?org=%00")]
    [InlineData("/api/figures?sector=a%00b")]
    [InlineData("/export/chiffres.csv?%00=1")]
    public async Task A_nul_character_in_the_query_is_a_bad_request_on_every_database(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%5C%5Cevil.example")]
    [InlineData("%2F%2Fevil.example")]
    public async Task The_language_switch_sends_odd_return_addresses_home(string back)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };
        using var response = await client.GetAsync("/langue/en?retour=" + back);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
