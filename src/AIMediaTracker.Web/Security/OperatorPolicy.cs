using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;

namespace AIMediaTracker.Web.Security;

/// <summary>
/// Who may change data. Reading is public; the pages under /admin need an operator logged in with
/// the cookie, the write API needs an operator's API key. Login and writes are rate limited per
/// client address.
/// </summary>
public static class OperatorPolicy
{
    public const string Role = "operator";
    /// <summary>Forms under /admin: cookie login.</summary>
    public const string Pages = "OperatorPages";
    /// <summary>The write API: API key only.</summary>
    public const string Api = "OperatorApi";
    public const string LoginLimit = "login";
    public const string WriteLimit = "writes";

    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(Role);

    public static string OperatorName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("No operator is logged in.");

    public static IServiceCollection AddOperatorSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/connexion";
                o.LogoutPath = "/deconnexion";
                o.AccessDeniedPath = "/connexion";
                o.ReturnUrlParameter = "retour";
                o.Cookie.Name = "aimt.operateur";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // A form posted without a session is refused outright (401), not answered with a login page
                // that a script would take for success; people following a link still get the login form.
                o.Events.OnRedirectToLogin = context =>
                {
                    if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                        context.Response.Redirect(context.RedirectUri);
                    else context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Pages, p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(Role))
            .AddPolicy(Api, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole(Role));

        var limits = configuration.GetSection("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                const string Message = "Trop de requêtes : réessayez dans une minute.";
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(Message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                    return;
                }
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(Message, ct);
            };
            o.AddPolicy(LoginLimit, http => PerClient(http, limits.GetValue("LoginPerMinute", 10)));
            o.AddPolicy(WriteLimit, http => PerClient(http, limits.GetValue("WritesPerMinute", 60)));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
