using System.Net;
using System.Text.Json;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Hosting;

public sealed class SecurityHeadersTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.Factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/chronologie")]
    [InlineData("/page-inconnue")]
    public async Task Every_page_carries_a_strict_content_security_policy(string path)
    {
        var response = await client.GetAsync(path);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_origin()
    {
        var html = await client.GetStringAsync("/");
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html.Replace("href=\"https://", "")); // cited links are the only absolute URLs
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task An_oversized_request_body_is_refused_with_413()
    {
        using var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        var response = await client.PostAsync("/recherche", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Envoi trop volumineux", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_check_reports_the_database()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("articles").GetInt32() >= 7);
    }
}
