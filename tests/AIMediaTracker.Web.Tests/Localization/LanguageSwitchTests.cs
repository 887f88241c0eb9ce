using AIMediaTracker.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using AIMediaTracker.Web.Localization;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AIMediaTracker.Web.Tests.Localization;

public sealed class LanguageSwitchTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task French_is_the_default_whatever_the_browser_asks()
    {
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var html = await client.GetStringAsync("/chronologie");
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("<h1>Chronologie</h1>", html);
    }

    [Fact]
    public async Task The_switch_remembers_english_in_a_cookie_and_returns_to_the_page()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.GetAsync("/langue/en?retour=" + Uri.EscapeDataString("/chronologie?org=openai"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/chronologie?org=openai", response.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/chronologie");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Timeline</h1>", html);
        var dashboard = await client.GetStringAsync("/");
        Assert.Contains("Reported job cuts", dashboard);
    }

    [Theory]
    [InlineData("//exemple.invalid/")]
    [InlineData("https://exemple.invalid/")]
    [InlineData("/\\exemple.invalid")]
    public async Task The_switch_never_redirects_off_site(string back)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/langue/en?retour=" + Uri.EscapeDataString(back));
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Every_interface_string_has_an_english_translation()
    {
        var web = Path.Combine(SharedCorpus.RepositoryRoot, "src", "AIMediaTracker.Web");
        var keys = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f),
                    @"(?:T\[|T\.Format\(|Translator\.Of\()""((?:[^""\\]|\\.)*)""|(?:T\.Count|Translator\.Plural)\([^,]+,\s*""((?:[^""\\]|\\.)*)"",\s*""((?:[^""\\]|\\.)*)""")
                .SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success)).Select(g => g.Value.Replace("\\\"", "\"")))
            .Distinct().ToList();
        Assert.True(keys.Count > 50, $"expected the interface strings, found {keys.Count}");
        var missing = keys.Where(k => !Translator.Entries.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }
}
