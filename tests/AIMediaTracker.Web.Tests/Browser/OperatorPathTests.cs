using System.Text.RegularExpressions;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>An operator's path in a real browser: log in, correct a figure on its article page, see the audit trail, undo.</summary>
[Collection("browser")]
public sealed class OperatorPathTests
{
    [Fact]
    public async Task Operator_logs_in_reclassifies_and_rejects_figures_then_restores_one()
    {
        using var server = new LiveServer();
        await OperatorSession.CreateOperatorAsync(server.Factory, "alice");
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/admin");
        await page.WaitForURLAsync(new Regex("/connexion\\?retour=%2Fadmin$"));
        await Screenshots.TakeAsync(page, "connexion");
        await page.FillAsync("#name", "alice");
        await page.FillAsync("#password", OperatorSession.Password);
        await page.ClickAsync("button:has-text('Se connecter')");
        await page.WaitForURLAsync(server.BaseUrl + "/admin");
        Assert.Contains("alice", await page.InnerTextAsync("main"));
        await Screenshots.TakeAsync(page, "admin");

        // The founding article: its 204 000 jobs figure.
        await page.GotoAsync(server.BaseUrl + "/recherche?q=Sora+Hollywood");
        await page.Locator("main a[href^='/articles/']", new PageLocatorOptions { HasText = "OpenAI s'aventure" }).First.ClickAsync();
        var articleUrl = page.Url;
        var figure = page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First;
        // Another kind than the extractor's: giving a figure the kind it has is no correction.
        var (kind, label) = await figure.Locator("select[name=kind]").InputValueAsync() == "jobs_lost"
            ? ("jobs_at_risk", "Emplois menacés") : ("jobs_lost", "Emplois supprimés");
        await figure.Locator("select[name=kind]").SelectOptionAsync(kind);
        await figure.Locator("button:has-text('Changer le type')").ClickAsync();
        await page.WaitForURLAsync(articleUrl);
        Assert.Contains("Type du chiffre corrigé.", await page.InnerTextAsync(".notice"));
        Assert.Contains(label, await page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First.InnerTextAsync());

        var count = await page.Locator(".article-facts .facts li select[name=kind]").CountAsync();
        await page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First.Locator("button:has-text('Marquer comme faux')").ClickAsync();
        await page.WaitForURLAsync(articleUrl);
        Assert.Equal(count - 1, await page.Locator(".article-facts .facts li select[name=kind]").CountAsync());
        var rejected = page.Locator("section", new PageLocatorOptions { HasText = "Chiffres écartés par un opérateur" });
        Assert.Contains("204", await rejected.InnerTextAsync());
        var audit = await page.InnerTextAsync("#corrections-title + .audit");
        Assert.Contains("alice", audit);
        Assert.Contains("marqué comme faux", audit);
        await Screenshots.TakeAsync(page, "article-operator");

        await rejected.Locator("button:has-text('Rétablir')").ClickAsync();
        await page.WaitForURLAsync(articleUrl);
        Assert.Equal(count, await page.Locator(".article-facts .facts li select[name=kind]").CountAsync());
        // The restored figure keeps the kind the operator gave it.
        Assert.Contains(label, await page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First.InnerTextAsync());

        // Whose claim it is: an estimate, credited to the study, about no organisation.
        figure = page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First;
        await figure.Locator("summary:has-text('Fait ou estimation')").ClickAsync();
        await figure.Locator("select[name=basis]").SelectOptionAsync("projected");
        await figure.Locator("input[name=attribution]").FillAsync("Future Unscripted");
        await figure.Locator("input[name=subject]").FillAsync("");
        await figure.Locator("button:has-text('Enregistrer')").ClickAsync();
        await page.WaitForURLAsync(articleUrl);
        Assert.Contains("Chiffre mis à jour.", await page.InnerTextAsync(".notice"));
        var source = await page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First.Locator(".claim-source").InnerTextAsync();
        Assert.Contains("Estimation", source);
        Assert.Contains("selon Future Unscripted", source);
        Assert.DoesNotContain("chez", source);
        await page.Locator(".facts li", new PageLocatorOptions { HasText = "204" }).First.Locator("summary").ClickAsync();
        await Screenshots.TakeAsync(page, "article-operator-claim");
    }
}
