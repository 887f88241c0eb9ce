using AIMediaTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>
/// At a phone's 375 px the charts stay legible (every label and value at least 12 CSS px as drawn,
/// none cut short or running out of its chart) and the figure tables show every column without
/// scrolling sideways. Screenshots go to artifacts/screenshots.
/// </summary>
[Collection("browser")]
public sealed class PhoneLayoutTests
{
    private const double MinimumFontPx = 12;

    [Theory]
    [InlineData("/", "phone-dashboard")]
    [InlineData("/organisations/openai", "phone-organisation-openai")]
    public async Task Charts_and_figure_tables_are_legible_at_375_px(string path, string shot)
    {
        using var server = new LiveServer();
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(375, 800);
        await page.GotoAsync(server.BaseUrl + path);
        var shots = Artifacts.Folder("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, shot + "-375.png"), FullPage = true });
        // Close-ups a person can read: a chart of several bars, and the first card of a figure table.
        var busy = page.Locator(".chart:has(li:nth-child(3))");
        await (await busy.CountAsync() > 0 ? busy : page.Locator(".chart")).First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, shot + "-chart-375.png") });
        await page.Locator("table.claims tbody tr").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, shot + "-table-row-375.png") });

        var labels = await ChartTextAsync(page);
        Assert.True(labels.Length > 0, $"{path} should draw at least one chart with labels");
        var small = labels.Where(l => l.Px < MinimumFontPx).Select(l => $"« {l.Text} » at {l.Px:0.#} px").ToList();
        Assert.True(small.Count == 0, $"{path}: chart text under {MinimumFontPx} px at 375 px wide:\n" + string.Join("\n", small));
        var cut = labels.Where(l => l.Cut).Select(l => $"« {l.Text} »").ToList();
        Assert.True(cut.Count == 0, $"{path}: chart text cut short or outside its chart at 375 px wide:\n" + string.Join("\n", cut));

        var hidden = await HiddenCellsAsync(page);
        Assert.True(hidden.Length == 0, $"{path}: figure-table cells out of sight at 375 px wide:\n" + string.Join("\n", hidden));
    }

    public sealed class ChartText
    {
        public string Text { get; set; } = "";
        public double Px { get; set; }
        public bool Cut { get; set; }
    }

    /// <summary>
    /// Every piece of text a chart draws (its data table aside), with its font size as rendered: the
    /// computed size times the scale of an SVG drawing it sits in, since an SVG shrunk to fit the
    /// screen shrinks its text with it.
    /// </summary>
    private static Task<ChartText[]> ChartTextAsync(IPage page) => page.EvaluateAsync<ChartText[]>(@"() => {
        const found = [];
        for (const chart of document.querySelectorAll('.chart')) {
            const box = chart.getBoundingClientRect();
            const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (!node.textContent.trim() || element.closest('details, figcaption, .empty')) continue;
                const svg = element.closest('svg');
                const scale = svg ? svg.getScreenCTM().a : 1;
                const px = parseFloat(getComputedStyle(element).fontSize) * scale;
                const r = element.getBoundingClientRect();
                const cut = node.textContent.includes('…') || element.scrollWidth > element.clientWidth + 1 && !svg
                    || r.left < box.left - 1 || r.right > box.right + 1;
                found.push({ text: node.textContent.trim(), px, cut });
            }
        }
        return found;
    }");

    /// <summary>Cells of the figure tables that the page shows outside the screen or its table's scrolling box.</summary>
    private static Task<string[]> HiddenCellsAsync(IPage page) => page.EvaluateAsync<string[]>(@"() => {
        const hidden = [];
        for (const table of document.querySelectorAll('table.claims')) {
            const wrap = (table.closest('.table-wrap') || table).getBoundingClientRect();
            const columns = table.querySelectorAll('thead th').length;
            for (const row of table.querySelectorAll('tbody tr')) {
                const cells = [...row.cells];
                if (cells.length !== columns) hidden.push(`a row with ${cells.length} of ${columns} cells`);
                for (const cell of cells) {
                    const r = cell.getBoundingClientRect();
                    if (r.width === 0 || r.left < Math.max(0, wrap.left) - 1 || r.right > Math.min(innerWidth, wrap.right) + 1)
                        hidden.push(`${table.tHead.rows[0].cells[cell.cellIndex]?.textContent}: ${cell.textContent.trim().slice(0, 40)} (${Math.round(r.left)}–${Math.round(r.right)} px)`);
                }
            }
        }
        return hidden;
    }");
}
