using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AIMediaTracker.Data;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Security;

/// <summary>What an operator does: log in, correct through the forms or the API, see the audit trail.</summary>
public sealed class OperatorTests : IDisposable
{
    private readonly TrackerFactory factory = new(settings: new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "4" });

    [Fact]
    public async Task An_operator_logs_in_and_renames_an_organisation_through_the_form_and_the_page_shows_who_did_it()
    {
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        var client = OperatorSession.Client(factory);
        var login = await OperatorSession.PostLoginAsync(client, "alice", OperatorSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);

        var form = new Dictionary<string, string> { ["slug"] = "openai", ["name"] = "OpenAI (Sora)" };
        // Without the antiforgery token the form is refused even with a valid session.
        var forged = await client.PostAsync("/admin/corriger?handler=RenameOrganization", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        form["__RequestVerificationToken"] = await OperatorSession.FormTokenAsync(client, "/organisations/openai");
        var renamed = await client.PostAsync("/admin/corriger?handler=RenameOrganization", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var page = await client.GetStringAsync(renamed.Headers.Location!.OriginalString);
        Assert.Contains("<h1>OpenAI (Sora)</h1>", page);
        Assert.Contains("alice :</span> <span lang=\"fr\">Renommée de « OpenAI » en « OpenAI (Sora) ».</span>", page);
        Assert.Contains("Organisation renommée.", page);

        // Readers see the audit trail, not the forms.
        var anonymous = await factory.CreateClient().GetStringAsync("/organisations/openai");
        Assert.Contains("Renommée de « OpenAI »", anonymous);
        Assert.DoesNotContain("/admin/corriger", anonymous);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_french_and_repeated_attempts_are_rate_limited()
    {
        await OperatorSession.CreateOperatorAsync(factory, "bruno");
        var client = OperatorSession.Client(factory);
        // Each attempt is a GET of the form plus a POST: two requests against a limit of four a minute.
        var refused = await OperatorSession.PostLoginAsync(client, "bruno", "pas le bon mot de passe");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Nom ou mot de passe incorrect.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await OperatorSession.PostLoginAsync(client, "personne", "peu importe")).StatusCode);

        var limited = await client.GetAsync("/connexion");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Trop de requêtes", await limited.Content.ReadAsStringAsync());
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task Writes_through_the_api_beyond_the_limit_are_refused_with_a_french_problem_document()
    {
        using var limited = new TrackerFactory(settings: new Dictionary<string, string?> { ["RateLimits:WritesPerMinute"] = "1" });
        await OperatorSession.CreateOperatorAsync(limited, "diane");
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, await OperatorSession.CreateKeyAsync(limited, "diane"));

        var first = await client.PostAsJsonAsync("/api/organizations/openai/rename", new { name = "OpenAI (Sora)" });
        var second = await client.PostAsJsonAsync("/api/organizations/openai/rename", new { name = "OpenAI" });

        Assert.True(first.IsSuccessStatusCode, $"first write answered {(int)first.StatusCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Trop de requêtes", await second.Content.ReadAsStringAsync());
        Assert.NotNull(second.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_api_key_corrects_a_figure_kind_and_the_key_is_stored_only_as_a_hash()
    {
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        var key = await OperatorSession.CreateKeyAsync(factory, "alice");
        var client = OperatorSession.Client(factory);
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);

        long figureId;
        string kind;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var figure = await db.Figures.Where(f => f.Value == 204000).Select(f => new { f.Id, f.Kind }).FirstAsync();
            figureId = figure.Id;
            // Another kind than the extractor's: giving a figure the kind it has is no correction.
            kind = figure.Kind == "jobs_lost" ? "jobs_at_risk" : "jobs_lost";
            var stored = await db.ApiKeys.SingleAsync();
            Assert.NotEqual(key, stored.Hash);
            Assert.Equal(OperatorAccounts.HashKey(key), stored.Hash);
            Assert.DoesNotContain(key, JsonSerializer.Serialize(new { stored.Label, stored.Prefix, stored.Hash }));
        }

        var bad = await client.PostAsJsonAsync($"/api/figures/{figureId}/kind", new { kind = "licenciements" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Type de chiffre inconnu", await bad.Content.ReadAsStringAsync());

        var ok = await client.PostAsJsonAsync($"/api/figures/{figureId}/kind", new { kind });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            Assert.Equal(kind, (await db.Figures.SingleAsync(f => f.Id == figureId)).Kind);
            var audit = await db.Corrections.SingleAsync();
            Assert.Equal(("alice", "kind"), (audit.OperatorName, audit.Action));
        }
    }

    [Fact]
    public async Task Names_differing_only_by_case_are_one_account_for_the_database_too()
    {
        await OperatorSession.CreateOperatorAsync(factory, "alice");
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<OperatorAccounts>();
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => accounts.CreateAsync("Alice", OperatorSession.Password, default));
        Assert.Contains("existe déjà", refused.Message);

        // Two add-operator at the same moment both pass the code's check: the database decides.
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        db.Operators.Add(new Data.Entities.Operator { Name = "ALICE", PasswordHash = "x", CreatedAt = DateTimeOffset.UtcNow });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.Equal(["alice"], await db.Operators.Select(o => o.Name).ToListAsync());
    }

    public void Dispose() => factory.Dispose();
}
