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

    [Theory]
    [InlineData("l'IA")]
    [InlineData("l’IA")]
    [InlineData("L'IA générative")]
    public async Task An_elided_article_in_the_query_is_neither_required_nor_highlighted(string query)
    {
        var html = await client.GetStringAsync("/recherche?q=" + Uri.EscapeDataString(query));
        var marked = System.Text.RegularExpressions.Regex.Matches(html, "<mark>([^<]*)</mark>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.NotEqual("l", word, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("l'IA", "IA")]
    [InlineData("jusqu’en 2030 d'OpenAI", "en 2030 OpenAI")]
    [InlineData("qu'elle", "elle")]
    [InlineData("l IA", "l IA")]
    public void Elisions_are_dropped_from_the_query_words(string query, string expected) =>
        Assert.Equal(expected, string.Join(' ', AIMediaTracker.Data.Queries.SearchQueries.Words(query)));

    [Fact]
    public async Task Says_so_when_nothing_matches()
    {
        var html = await client.GetStringAsync("/recherche?q=zzyzxqwv");
        Assert.Contains("Aucun article ne contient", html);
    }
}
