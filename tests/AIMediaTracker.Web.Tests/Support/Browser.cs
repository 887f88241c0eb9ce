using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (never a browser Playwright downloads). Pages may only
/// reach loopback: any other request is answered inside the browser and never leaves the machine.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public List<string> BlockedRequests { get; } = [];

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Fail($"{ChromiumPath} is missing: run the README's test command (bash tests/run.sh), which installs Debian's chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
            BypassCSP = true, // lets the tests inject axe-core; the app's own pages never need it
        });
        await context.RouteAsync("**/*", async route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.IsLoopback || uri.Scheme is "data" or "about") await route.ContinueAsync();
            else
            {
                lock (BlockedRequests) BlockedRequests.Add(route.Request.Url);
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<html lang=\"fr\"><title>hors ligne</title><p>Page externe (non chargée par les tests).</p></html>" });
            }
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
