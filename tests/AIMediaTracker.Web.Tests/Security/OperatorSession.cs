using System.Net;
using System.Text.RegularExpressions;
using AIMediaTracker.Web.Security;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Security;

/// <summary>Creates operators and keys the way the subcommands do, and logs in through the real form.</summary>
internal static partial class OperatorSession
{
    public const string Password = "un mot de passe assez long";

    public static async Task CreateOperatorAsync(TrackerFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(name, Password, default);
    }

    public static async Task<string> CreateKeyAsync(TrackerFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateApiKeyAsync(name, "test", default);
    }

    public static HttpClient Client(TrackerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string name, string password)
    {
        var token = await FormTokenAsync(client, "/connexion");
        return await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = password, ["retour"] = "/admin", ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
