using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>axe-core finds no serious or critical violation on the screens people use most.</summary>
[Collection("browser")]
public sealed class AccessibilityTests
{
    [Fact]
    public async Task Main_screens_have_no_serious_or_critical_violations()
    {
        using var server = new LiveServer();
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/");
        var article = await page.Locator(".article-card h3 a").First.GetAttributeAsync("href");
        var claim = await page.Locator("a.claim").First.GetAttributeAsync("href");
        var failures = new List<string>();
        foreach (var path in new[] { "/", "/chronologie", "/organisations/openai", article!, claim! })
        {
            await page.GotoAsync(server.BaseUrl + path);
            failures.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
