using System.Net;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Pages;

public sealed class SearchPageTests : IClassFixture<SeededApp>
{
    private readonly HttpClient client;

    public SearchPageTests(SeededApp app) => client = app.Factory.CreateClient();

    [Fact]
    public async Task Finds_accented_words_typed_without_accents_and_marks_them()
    {
        var html = await client.GetStringAsync("/recherche?q=realistes");
        Assert.Contains("aventure à Hollywood", html);
        Assert.Contains("<mark>réalistes</mark>", html);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("emplois) OR (")]
    [InlineData("NEAR(a b")]
    [InlineData("*")]
    public async Task Query_syntax_in_user_input_never_breaks_the_page(string query)
    {
        var response = await client.GetAsync("/recherche?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Says_so_when_nothing_matches()
    {
        var html = await client.GetStringAsync("/recherche?q=zzyzxqwv");
        Assert.Contains("Aucun article ne contient", html);
    }
}
