using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Screenshots at desktop and phone widths, kept under artifacts/screenshots, failing if the page scrolls sideways on a phone.</summary>
public static class Screenshots
{
    private static readonly string Shots = Artifacts.Folder("screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        var size = page.ViewportSize!;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 800);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth + 1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(size.Width, size.Height);
        Assert.False(overflow, $"{name} scrolls sideways at 375 px");
    }
}
