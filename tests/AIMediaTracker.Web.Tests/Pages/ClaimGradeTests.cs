using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Security;
using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Pages;

/// <summary>
/// An operator grades how firmly a reported cut is tied to AI, through the API or the claim page's
/// form; the claim page, its audit trail and the grade filter of the API and the dashboard follow.
/// </summary>
public sealed class ClaimGradeTests : IAsyncLifetime
{
    private readonly TrackerFactory factory = new();

    public Task InitializeAsync() => ClaimSeeds.StoreAllAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>OpenAI's reported cut (« en raison de l'automatisation »): its id and the grades the API filters it under.</summary>
    private async Task<(long Id, string Grade)> OpenAiCutAsync()
    {
        var items = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/claims?org=openai&basis=reported")).RootElement.GetProperty("items");
        var claim = Assert.Single(items.EnumerateArray());
        return (claim.GetProperty("id").GetInt64(), claim.GetProperty("grade").GetString()!);
    }

    private async Task<int> CountAsync(string grade) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/claims?org=openai&grade={grade}")).RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task The_api_key_sets_a_grade_that_the_filters_follow_and_refuses_what_is_not_one()
    {
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        var writer = OperatorSession.Client(factory);
        writer.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, await OperatorSession.CreateKeyAsync(factory, "alice"));
        var (id, computed) = await OpenAiCutAsync();
        var chosen = computed == "unclear" ? "explicit" : "unclear";
        Assert.Equal((1, 0), (await CountAsync(computed), await CountAsync(chosen)));

        var anonymous = await factory.CreateClient().PostAsJsonAsync($"/api/claims/{id}/grade", new { grade = chosen });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var bad = await writer.PostAsJsonAsync($"/api/claims/{id}/grade", new { grade = "explicite" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("explicit, attributed ou unclear", await bad.Content.ReadAsStringAsync());
        Assert.Equal((1, 0), (await CountAsync(computed), await CountAsync(chosen)));

        var set = await writer.PostAsJsonAsync($"/api/claims/{id}/grade", new { grade = chosen });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(chosen, JsonDocument.Parse(await set.Content.ReadAsStringAsync()).RootElement.GetProperty("grade").GetString());
        Assert.Equal((0, 1), (await CountAsync(computed), await CountAsync(chosen)));

        var page = await factory.CreateClient().GetStringAsync($"/chiffres/{id}");
        Assert.Contains("corrigé par un opérateur", page);
        Assert.Contains("alice :</span> <span lang=\"fr\">Lien avec l&#x27;IA :", page);
        Assert.DoesNotContain("handler=ClaimGrade", page);
    }

    [Fact]
    public async Task An_operator_grades_a_cut_on_its_page_with_the_form()
    {
        await OperatorSession.CreateOperatorAsync(factory, "bruno");
        var client = OperatorSession.Client(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorSession.PostLoginAsync(client, "bruno", OperatorSession.Password)).StatusCode);
        var (id, computed) = await OpenAiCutAsync();
        var chosen = computed == "attributed" ? "explicit" : "attributed";
        var page = await client.GetStringAsync($"/chiffres/{id}");
        Assert.Contains("handler=ClaimGrade", page);
        Assert.Contains($"<label for=\"grade-{id}\">Lien avec l&#x27;IA</label>", page);

        var form = new Dictionary<string, string> { ["id"] = id.ToString(), ["grade"] = chosen };
        var forged = await client.PostAsync("/admin/corriger?handler=ClaimGrade", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await CountAsync(computed));

        form["__RequestVerificationToken"] = await OperatorSession.FormTokenAsync(client, $"/chiffres/{id}");
        var response = await client.PostAsync("/admin/corriger?handler=ClaimGrade", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/chiffres/{id}", response.Headers.Location!.OriginalString);
        var edited = await client.GetStringAsync($"/chiffres/{id}");
        Assert.Contains("Lien avec l&#x27;IA corrigé.", edited);
        Assert.Contains("bruno :</span> <span lang=\"fr\">Lien avec l&#x27;IA :", edited);
        Assert.Equal((0, 1), (await CountAsync(computed), await CountAsync(chosen)));
    }
}
