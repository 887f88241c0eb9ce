using System.Text.RegularExpressions;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Localization;

/// <summary>The strings the English interface used to leave in French, each checked where it appears.</summary>
public sealed class EnglishPagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Search_counts_its_results_in_each_language()
    {
        var client = app.Factory.CreateClient();
        var english = await client.GetStringAsync("/recherche?q=emplois&culture=en");
        Assert.Matches(@"<p class=""count"">\d+ results?</p>", english);
        Assert.DoesNotContain("résultat", english);
        var french = await client.GetStringAsync("/recherche?q=emplois");
        Assert.Matches(@"<p class=""count"">\d+ résultats?</p>", french);
        Assert.DoesNotContain("résultat(s)", french);
    }

    [Fact]
    public async Task An_unknown_organisation_is_reported_in_english()
    {
        var html = await app.Factory.CreateClient().GetStringAsync("/chronologie?org=nulle-part-connue&culture=en");
        Assert.Contains("No organisation matches “nulle-part-connue”: the filter is ignored.", html);
    }

    [Fact]
    public async Task A_claim_cited_once_reads_one_article_in_both_languages()
    {
        var client = app.Factory.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.DoesNotMatch(@"\b1 articles\b", html);
        Assert.DoesNotContain("article(s)", html);
        var english = await client.GetStringAsync("/?culture=en");
        Assert.DoesNotMatch(@"\b1 articles\b", english);
        Assert.Matches(@"<td data-label=""Cited by"">1 article</td>", english);
    }

    [Fact]
    public async Task A_product_page_names_its_kind_and_maker_in_english()
    {
        var client = app.Factory.CreateClient();
        var html = await client.GetStringAsync("/produits/midjourney?culture=en");
        Assert.Contains("AI product", html);
        Assert.DoesNotContain("@if", html);
        Assert.DoesNotContain("Produit d'IA", html);
    }

    [Fact]
    public async Task An_organisation_page_links_its_dashboard_in_english()
    {
        var html = await app.Factory.CreateClient().GetStringAsync("/organisations/openai?culture=en");
        Assert.Contains("Dashboard filtered on OpenAI", html);
        Assert.DoesNotContain("date inconnue", html);
        Assert.DoesNotMatch(new Regex(">Tableau de bord"), html);
    }
}
