using AIMediaTracker.TestSupport;
using System.Text.Json;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Runs axe-core (installed from npm by tests/run.sh) in a page and returns its serious and critical violations.</summary>
public static class Accessibility
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var axe = Path.Combine(SharedCorpus.RepositoryRoot, "tests", "browser", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
            Assert.Fail($"{axe} is missing: run the README's test command (bash tests/run.sh), which runs npm ci in tests/browser.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')})`)
            """);
        return result.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
