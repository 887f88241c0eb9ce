using AIMediaTracker.Web.Api;
using AIMediaTracker.Web.Export;
using AIMediaTracker.Web.Localization;
using AIMediaTracker.Web.Security;

namespace AIMediaTracker.Web.Hosting;

/// <summary>The site: services first, then the request pipeline, then the endpoints.</summary>
public static class TrackerApp
{
    public static WebApplication Build(string[] args)
    {
        // The site is this assembly whichever program hosts it (the bench starts it in-process): its
        // static assets' manifests are named after it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(TrackerApp).Assembly.GetName().Name });
        BinaryFolderSettings.AddTo(builder.Configuration, builder.Environment);
        // `dotnet run` outside Development serves from the build output, where compressed assets live
        // in obj/: without the runtime manifest MapStaticAssets would answer gzip requests with nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddTracker(builder.Configuration);
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<SeedImporter>();
        builder.Services.AddHostedService<ReextractionService>();
        builder.Services.AddHostedService<FeedPollingService>();
        builder.Services.AddOperatorSecurity(builder.Configuration);
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin", OperatorPolicy.Pages))
            .AddMvcOptions(o => o.Filters.Add(new PageMethodFilter()));
        builder.Services.AddSingleton<Translator>();
        builder.Services.AddOpenApi();
        // One entry per request (method, path, status, duration), on one line with appsettings.json's
        // Console:FormatterOptions:SingleLine; no headers or bodies, so no cookie or API key ever reaches
        // the logs. Logging__Console__FormatterName=json for JSON lines.
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath |
                Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // Numbers are numbers: the web default also reads "12" as 12, which the OpenAPI document then
            // declares as « integer or string » for every id and count of the answers.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        // Accented French stays readable in the HTML source instead of becoming &#xE9; entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes);

        var app = builder.Build();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/erreur");
        app.UseHttpLogging();
        app.UseSecurityHeaders();
        app.UseTrackerLocalization();
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseApiProblems();
        app.UseQueryStringGuard();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        var endpoints = app.MapGroup("").AnswerHeadLikeGet();
        endpoints.MapHealth();
        endpoints.MapLanguageSwitch();
        endpoints.MapTrackerApi();
        endpoints.MapWriteApi();
        endpoints.MapExports();
        endpoints.MapOpenApi();
        return app;
    }
}
