using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AIMediaTracker.Web.Security;

/// <summary>
/// Authenticates API writes by the key in the <c>X-Api-Key</c> header. The write API accepts only
/// this scheme, never the login cookie, so a page on another site cannot make a logged-in
/// operator's browser write through it.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, OperatorAccounts accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1) return AuthenticateResult.NoResult();
        var account = await accounts.FindByApiKeyAsync(values[0]!, Context.RequestAborted);
        if (account is null) return AuthenticateResult.Fail("Clé d'API inconnue ou révoquée.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, OperatorPolicy.Role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{Header}";
        // A problem document, as the API's other errors and as its OpenAPI description says.
        await Results.Problem($"Écriture réservée aux opérateurs : envoyez une clé d'API dans l'en-tête {Header}.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }
}
