using System.Net;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AIMediaTracker.Web.Tests.Pages;

/// <summary>The screens read the company filter as the API does (FilterQuery): an alias leads to the slug, an unknown name is said.</summary>
public sealed class FilterBindingTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/chronologie")]
    public async Task A_company_given_by_name_redirects_to_its_slug_keeping_the_other_filters(string page)
    {
        var response = await client.GetAsync(page + "?org=" + Uri.EscapeDataString("l'OpenAI") + "&from=2024-01");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "?org=openai&from=2024-01", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chronologie")]
    public async Task An_unknown_company_is_named_to_the_reader_and_the_page_still_answers(string page)
    {
        var response = await client.GetAsync(page + "?org=" + Uri.EscapeDataString("Société Imaginaire"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucune organisation ne correspond à « Société Imaginaire »", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_filter_of_the_query_string_reaches_the_page()
    {
        var html = await client.GetStringAsync("/chronologie?org=openai&from=2024-01&to=2024-06&lang=all");
        Assert.Contains("id=\"from\" name=\"from\" type=\"month\" value=\"2024-01\"", html);
        Assert.Contains("id=\"to\" name=\"to\" type=\"month\" value=\"2024-06\"", html);
        Assert.Matches("<option value=\"all\" selected=\"selected\"", html);
        Assert.Matches("id=\"org\" name=\"org\"[^>]*value=\"OpenAI\"", html);
    }
}
