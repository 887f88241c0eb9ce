using System.Text.RegularExpressions;
using AIMediaTracker.Web.Localization;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>
/// A reader who chose English walks every screen in a real browser and never meets a word of the
/// interface's own French. The words come from the localizer: every word of a French source string
/// (an en.json key) that no English translation uses. Article content (titles, sentences, quotes,
/// names), which is French by nature, is taken off the page before reading it.
/// </summary>
[Collection("browser")]
public sealed class EnglishWalkTests
{
    // What the articles say rather than what the interface says, and text the page itself marks as French
    // (a correction's sentence, stored in French when it was made).
    private const string Content = ".article-text, blockquote, .quote, cite, .snippet, .article-page > header h1, mark, " +
        "a[href^='/articles/'], a[href^='/organisations/'], a[href^='/personnes/'], a[href^='/produits/'], datalist, main [lang='fr']";

    [Fact]
    public async Task Every_screen_in_english_is_free_of_the_interface_s_french()
    {
        using var server = new LiveServer();
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/langue/en?retour=/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        var screens = new List<string> { "/", "/?org=openai", "/?org=nulle-part-connue", "/?from=1990-01&to=1990-02", "/chronologie",
            "/chronologie?org=openai", "/sources", "/recherche", "/recherche?q=emplois", "/recherche?q=zzzzqqq", "/connexion",
            "/nulle-part", "/organisations/openai" };
        screens.Add(await HrefAsync(page, "a.claim"));
        screens.Add(await HrefAsync(page, ".article-card h3 a"));
        await page.GotoAsync(server.BaseUrl + "/organisations/openai");
        screens.Add(await HrefAsync(page, "a[href^='/personnes/']"));
        screens.Add(await HrefAsync(page, "a[href^='/produits/']"));

        await AssertNoFrenchAsync(page, server.BaseUrl, screens);
    }

    [Fact]
    public async Task Operator_screens_in_english_are_free_of_the_interface_s_french()
    {
        using var server = new LiveServer();
        await OperatorSession.CreateOperatorAsync(server.Factory, "alice");
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/langue/en?retour=/connexion");
        await page.FillAsync("#name", "alice");
        await page.FillAsync("#password", OperatorSession.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion"));

        // A correction, so that the article page and /admin show their audit trail.
        await page.GotoAsync(server.BaseUrl + "/recherche?q=Sora+Hollywood");
        var article = await HrefAsync(page, "main a[href^='/articles/']");
        await page.GotoAsync(server.BaseUrl + article);
        var form = page.Locator(".facts li form[action*='FigureKind']").First;
        var kind = await form.Locator("select[name=kind]").InputValueAsync();
        await form.Locator("select[name=kind]").SelectOptionAsync(kind == "jobs_lost" ? "jobs_at_risk" : "jobs_lost");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + article);
        Assert.True(await page.Locator("#corrections-title + .audit li").CountAsync() > 0, "the correction should be listed on the article");
        Assert.DoesNotContain("jobs_", await page.InnerTextAsync("#corrections-title + .audit"));
        await page.GotoAsync(server.BaseUrl + "/");
        var claim = await HrefAsync(page, "a.claim");
        await page.GotoAsync(server.BaseUrl + "/organisations/openai");
        var person = await HrefAsync(page, "a[href^='/personnes/']");

        await AssertNoFrenchAsync(page, server.BaseUrl, [article, "/admin", "/organisations/openai", claim, person]);
    }

    private static async Task AssertNoFrenchAsync(IPage page, string baseUrl, IEnumerable<string> screens)
    {
        var french = FrenchOnlyWords();
        Assert.True(french.Count > 100, $"expected the interface's French words, found {french.Count}");
        var found = new List<string>();
        foreach (var screen in screens)
        {
            await page.GotoAsync(baseUrl + screen);
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            // Addresses (« /personnes/… », placeholders of address fields) are French by design: not words.
            var text = Regex.Replace(await ChromeTextAsync(page), @"\S*/\S*", " ");
            var words = Regex.Matches(text, @"\p{L}[\p{L}'’-]*").Select(m => m.Value).Distinct().Where(w => french.Contains(w.ToLowerInvariant()));
            found.AddRange(words.Select(w => $"{screen}: « {w} » in “{Around(text, w)}”"));
        }
        Assert.True(found.Count == 0, "French left on the English screens:\n" + string.Join("\n", found));
    }

    /// <summary>Lower-case words of the French source strings that no English string contains ("personnes", "inconnue").</summary>
    internal static HashSet<string> FrenchOnlyWords()
    {
        static IEnumerable<string> Words(string s) =>
            Regex.Matches(Regex.Replace(s, @"\{\d+\}", " "), @"\p{L}[\p{L}'’-]*").Select(m => m.Value.ToLowerInvariant());
        var english = Translator.Entries.Values.SelectMany(Words).ToHashSet();
        // Elided forms (« l'article ») are checked by their word after the apostrophe.
        return Translator.Entries.Keys.SelectMany(Words)
            .SelectMany(w => new[] { w, Regex.Replace(w, @"^\p{L}['’]", "") })
            .Where(w => w.Length >= 4 && !w.Contains('\'') && !w.Contains('’') && !english.Contains(w))
            .ToHashSet();
    }

    private static async Task<string> HrefAsync(IPage page, string selector)
    {
        var link = page.Locator(selector).First;
        Assert.True(await link.CountAsync() > 0, $"{page.Url} has no {selector} link to walk on");
        return (await link.GetAttributeAsync("href"))!.Split('#')[0];
    }

    /// <summary>The visible interface text, open details included, with the articles' own words removed, plus labels read aloud.</summary>
    private static Task<string> ChromeTextAsync(IPage page) => page.EvaluateAsync<string>(@"content => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        document.querySelectorAll(content).forEach(e => e.remove());
        const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
            .flatMap(e => ['aria-label', 'placeholder', 'title'].map(a => e.getAttribute(a)).filter(v => v));
        const options = [...document.querySelectorAll('select option')].map(o => o.textContent);
        return [document.body.innerText, ...attributes, ...options].join('\n');
    }", Content);

    private static string Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var start = Math.Max(0, at - 30);
        return text.Substring(start, Math.Min(text.Length - start, word.Length + 60)).ReplaceLineEndings(" ");
    }
}
