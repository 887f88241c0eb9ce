using System.Text.RegularExpressions;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>The path a reader takes, in a real browser against the real server: dashboard → company → figure → sentence → cited source.</summary>
[Collection("browser")]
public sealed class UserPathTests
{
    [Fact]
    public async Task Reader_filters_by_company_follows_a_figure_to_its_sentence_and_on_to_the_cited_source()
    {
        using var server = new LiveServer();
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/");
        await Screens(page, "dashboard");
        var allArticles = await StatAsync(page, "articles");

        await page.FillAsync("#org", "OpenAI");
        await page.ClickAsync("button:has-text('Filtrer')");
        await page.WaitForURLAsync(new Regex(@"[?&]org=openai\b"));
        Assert.Contains("OpenAI", await page.InnerTextAsync("h1"));
        var openAiArticles = await StatAsync(page, "articles");
        Assert.True(openAiArticles > 0 && openAiArticles < allArticles,
            $"filtering on OpenAI should keep some articles, not all: {openAiArticles} of {allArticles}");
        Assert.True(await page.Locator("#orgs a.bar-row").CountAsync() > 0, "the organisations chart should still show bars");
        await Screens(page, "dashboard-openai");

        // Every claim of the dashboard leads to its page, and from there to each citing sentence.
        await page.GotoAsync(server.BaseUrl + "/");
        var claims = page.Locator("a.claim");
        Assert.True(await claims.CountAsync() > 0, "the dashboard should list at least one claim");
        // The reader picks a claim cited by an article that cites sources, to follow them afterwards.
        var hrefs = await claims.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        string? claimPage = null, chosen = null;
        foreach (var candidate in hrefs.Distinct())
        {
            Assert.Matches(@"^/chiffres/\d+$", candidate);
            var claimHtml = await (await page.Context.APIRequest.GetAsync(server.BaseUrl + candidate)).TextAsync();
            foreach (Match cite in Regex.Matches(claimHtml, @"href=""(/articles/\d+#fig-\d+)"""))
            {
                var html = await page.Context.APIRequest.GetAsync(server.BaseUrl + cite.Groups[1].Value.Split('#')[0]);
                if ((await html.TextAsync()).Contains("rel=\"noopener noreferrer\">http")) { (claimPage, chosen) = (candidate, cite.Groups[1].Value); break; }
            }
            if (chosen is not null) break;
        }
        Assert.NotNull(chosen);
        await page.GotoAsync(server.BaseUrl + claimPage);
        Assert.True(await page.Locator("mark").CountAsync() > 0, "the claim page should highlight the number in each citing sentence");
        await Screens(page, "claim");
        await page.Locator($"a[href='{chosen}']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/articles/\d+#fig-\d+$"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        var sentence = page.Locator($".target-sentence:has(#{anchor}), #{anchor}.target-sentence");
        Assert.True(await sentence.IsVisibleAsync(), $"the sentence of {anchor} should be visible");
        var background = await sentence.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(255, 241, 168)", background);
        Assert.True(await sentence.First.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"),
            "the highlighted sentence should be scrolled into view");
        await Screens(page, "article");

        var cited = page.Locator("#sources-citees a").First;
        Assert.True(await cited.CountAsync() > 0, "the article should list its cited sources");
        var href = await cited.GetAttributeAsync("href");
        Assert.Equal("noopener noreferrer", await cited.GetAttributeAsync("rel"));
        await cited.ClickAsync();
        // The external page is a stub the test browser serves; waiting for its load event timed out once in CI
        // after the navigation had happened. The address reached is what this step checks.
        await page.WaitForURLAsync(href!, new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains(href!, browser.BlockedRequests);
    }

    [Fact]
    public async Task Timeline_and_organisation_pages_render_for_a_reader()
    {
        using var server = new LiveServer();
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/chronologie");
        Assert.Equal("Chronologie", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator(".event").CountAsync() > 0, "the seeds hold dated events");
        await Screens(page, "timeline");

        await page.GotoAsync(server.BaseUrl + "/organisations/openai");
        Assert.Equal("OpenAI", await page.InnerTextAsync("h1"));
        await Screens(page, "organisation-openai");

        var response = await page.GotoAsync(server.BaseUrl + "/nulle-part");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Page introuvable", await page.InnerTextAsync("h1"));
    }

    private static async Task<int> StatAsync(IPage page, string label)
    {
        var text = await page.Locator(".stat", new PageLocatorOptions { HasText = label }).First.Locator(".stat-value").InnerTextAsync();
        return int.Parse(Regex.Replace(text, @"\D", ""));
    }

    private static Task Screens(IPage page, string name) => Screenshots.TakeAsync(page, name);
}
