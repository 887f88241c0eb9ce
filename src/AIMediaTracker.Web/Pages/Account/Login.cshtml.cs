using System.Security.Claims;
using AIMediaTracker.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AIMediaTracker.Web.Pages.Account;

[EnableRateLimiting(OperatorPolicy.LoginLimit)]
public sealed class LoginModel(OperatorAccounts accounts, ILogger<LoginModel> log) : PageModel
{
    public string? Error { get; private set; }
    public string? Name { get; private set; }
    public string ReturnUrl { get; private set; } = "/admin";

    public void OnGet(string? retour) => ReturnUrl = SafeReturn(retour);

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? retour, CancellationToken ct)
    {
        ReturnUrl = SafeReturn(retour);
        Name = name;
        var account = await accounts.VerifyPasswordAsync(name ?? "", password ?? "", ct);
        if (account is null)
        {
            log.LogWarning("Failed operator login for {Operator} from {Address}", name, HttpContext.Connection.RemoteIpAddress);
            Error = Localization.Translator.Of("Nom ou mot de passe incorrect.");
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, OperatorPolicy.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        log.LogInformation("Operator {Operator} logged in", account.Name);
        return LocalRedirect(ReturnUrl);
    }

    // Only paths of this site: a crafted link must not send a freshly logged-in operator elsewhere.
    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/admin";
}
