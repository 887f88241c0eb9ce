using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Pages;

/// <summary>
/// Whose claim a figure is (basis, attribution, subject): set by an operator through the API or the
/// article page's form, then shown on the page and carried by the JSON API and the CSV.
/// </summary>
public sealed class FigureClaimTests : IDisposable
{
    private readonly TrackerFactory factory = new();

    /// <summary>The founding article's « 204 000 emplois »: its id, its article and the basis it does not have yet.</summary>
    private async Task<(long Id, int Article, string OtherBasis)> FigureAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var figure = await db.Figures.Where(f => f.Value == 204000).OrderBy(f => f.Id).FirstAsync();
        return (figure.Id, figure.ArticleId, figure.Basis == "projected" ? "reported" : "projected");
    }

    private async Task<List<(string Operator, string Action, string Detail)>> AuditAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return (await db.Corrections.OrderBy(c => c.Id).ToListAsync()).Select(c => (c.OperatorName, c.Action, c.Detail)).ToList();
    }

    [Fact]
    public async Task The_api_key_sets_whose_claim_a_figure_is_and_the_api_the_csv_and_the_page_show_it()
    {
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        var key = await OperatorSession.CreateKeyAsync(factory, "alice");
        var writer = OperatorSession.Client(factory);
        writer.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        var (id, article, basis) = await FigureAsync();

        var bad = await writer.PostAsJsonAsync($"/api/figures/{id}/basis", new { basis = "estimé" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Base de chiffre inconnue", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync($"/api/figures/{id}/basis", new { basis })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync($"/api/figures/{id}/attribution", new { attribution = "Cabinet Futurible" })).StatusCode);
        var subject = await writer.PostAsJsonAsync($"/api/figures/{id}/subject", new { subject = "openai" });
        var answer = JsonDocument.Parse(await subject.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((basis, "Cabinet Futurible", "openai"),
            (answer.GetProperty("basis").GetString(), answer.GetProperty("attribution").GetString(), answer.GetProperty("subject").GetString()));
        // Asking again for what the figure already says is not a correction.
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync($"/api/figures/{id}/basis", new { basis })).StatusCode);
        Assert.Equal(["basis", "attribution", "subject"], (await AuditAsync()).Select(a => a.Action));
        Assert.All(await AuditAsync(), a => Assert.Equal("alice", a.Operator));

        var reader = factory.CreateClient();
        var figure = JsonDocument.Parse(await reader.GetStringAsync($"/api/articles/{article}")).RootElement
            .GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id);
        Assert.Equal((basis, "Cabinet Futurible", "openai"),
            (figure.GetProperty("basis").GetString(), figure.GetProperty("attribution").GetString(), figure.GetProperty("subject").GetString()));

        var claim = JsonDocument.Parse(await reader.GetStringAsync("/api/figures?pageSize=1000")).RootElement
            .GetProperty("items").EnumerateArray().Single(c => c.GetProperty("figureId").GetInt64() == id);
        Assert.Equal((basis, "Cabinet Futurible", "openai"),
            (claim.GetProperty("basis").GetString(), claim.GetProperty("attribution").GetString(), claim.GetProperty("subject").GetString()));
        var other = JsonDocument.Parse(await reader.GetStringAsync("/api/figures?take=1000")).RootElement
            .GetProperty("items").EnumerateArray().First(c => c.GetProperty("figureId").GetInt64() != id);
        Assert.Contains(other.GetProperty("basis").GetString(), new[] { "reported", "projected" });

        var csv = System.Text.Encoding.UTF8.GetString(await reader.GetByteArrayAsync("/export/chiffres.csv")).Split("\r\n");
        // One row per claim of the ledger, with the edited figure as its first citation.
        Assert.StartsWith("\uFEFFid;type;base;valeur;unité;approximatif;attribution;sujet;", csv[0]);
        var start = JsonDocument.Parse(await reader.GetStringAsync($"/api/articles/{article}")).RootElement
            .GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id).GetProperty("start").GetInt32();
        // The link to the sentence is the figure's place in the text, which outlives the figure's row.
        Assert.Contains(csv, l => l.Contains($";{basis};") && l.Contains(";Cabinet Futurible;openai;") && l.Contains($"#fig-{start};"));

        var html = await reader.GetStringAsync($"/articles/{article}");
        Assert.Contains(basis == "projected" ? ">Estimation</span>" : ">Constaté ou annoncé</span>", html);
        Assert.Contains("selon Cabinet Futurible", html);
        Assert.Contains("chez <a href=\"/organisations/openai\">openai</a>", html);
        Assert.DoesNotContain("handler=FigureClaim", html);
        Assert.Matches("Chiffre « 204 000 emplois » : organisation concernée .* → « openai »\\.", html);

        var english = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        await english.GetAsync("/langue/en");
        html = await english.GetStringAsync($"/articles/{article}");
        Assert.Contains(basis == "projected" ? ">Estimate</span>" : ">Reported or announced</span>", html);
        Assert.Contains("according to Cabinet Futurible", html);
        Assert.Contains("at <a href=\"/organisations/openai\">openai</a>", html);
    }

    [Fact]
    public async Task An_operator_edits_a_figure_through_the_article_form_and_an_emptied_field_is_removed()
    {
        await OperatorSession.CreateOperatorAsync(factory, "bruno");
        var client = OperatorSession.Client(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorSession.PostLoginAsync(client, "bruno", OperatorSession.Password)).StatusCode);
        var (id, article, basis) = await FigureAsync();
        var page = await client.GetStringAsync($"/articles/{article}");
        Assert.Contains("handler=FigureClaim", page);
        Assert.Contains($"<label for=\"attribution-{id}\">Selon (vide : personne)</label>", page);

        async Task<string> PostAsync(string attribution, string subject)
        {
            var response = await client.PostAsync("/admin/corriger?handler=FigureClaim", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["id"] = id.ToString(), ["article"] = article.ToString(), ["basis"] = basis, ["attribution"] = attribution, ["subject"] = subject,
                ["__RequestVerificationToken"] = await OperatorSession.FormTokenAsync(client, $"/articles/{article}"),
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return await client.GetStringAsync(response.Headers.Location!.OriginalString);
        }

        var edited = await PostAsync("Tyler Perry", "Studios Imaginaires");
        Assert.Contains("Chiffre mis à jour.", edited);
        Assert.Contains("selon <a href=\"/personnes/tyler-perry\">Tyler Perry</a>", edited);
        Assert.Contains("chez Studios Imaginaires", edited);
        Assert.Contains("bruno :</span> <span lang=\"fr\">Chiffre « 204 000 emplois » : organisation concernée", edited);

        var cleared = await PostAsync("", "Studios Imaginaires");
        Assert.DoesNotContain("selon <a href=\"/personnes/tyler-perry\">", cleared);
        Assert.Contains("chez Studios Imaginaires", cleared);
        Assert.Equal(["basis", "attribution", "subject", "attribution"], (await AuditAsync()).Select(a => a.Action));
        Assert.EndsWith("attribution « Tyler Perry » → (aucune).", (await AuditAsync())[^1].Detail);
    }

    public void Dispose() => factory.Dispose();
}
