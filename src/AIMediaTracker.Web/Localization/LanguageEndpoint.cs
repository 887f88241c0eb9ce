using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace AIMediaTracker.Web.Localization;

/// <summary>/langue/en?retour=/chronologie: remembers the reader's language in a cookie and goes back.</summary>
internal static class LanguageEndpoint
{
    public static readonly string[] Cultures = ["fr", "en"];

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/langue/{culture}", (string culture, string? retour, HttpContext http) =>
        {
            if (!Cultures.Contains(culture)) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only local paths, by the framework's own test (the one LocalRedirect applies, so an address
            // it would refuse, such as "/\t/evil.example", goes home instead of throwing): no open redirect.
            var back = RedirectHttpResult.IsLocalUrl(retour) ? retour! : "/";
            return Results.LocalRedirect(back);
        });
        return app;
    }

    /// <summary>French unless the reader chose English: the cookie or ?culture=en, never the browser's guess.</summary>
    public static IApplicationBuilder UseTrackerLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("fr").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
}
