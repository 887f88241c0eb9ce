using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Web.Hosting;

/// <summary>Services shared by the site and the command-line subcommands.</summary>
public static class TrackerServices
{
    public static IServiceCollection AddTracker(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseSetup.ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Default")
            ?? (provider == DatabaseProvider.Sqlite ? DatabaseSetup.DefaultConnectionString
                : throw new InvalidOperationException("Database:Provider=Postgres demande une chaîne de connexion : ConnectionStrings__Default=\"Host=…;Database=…;Username=…;Password=…\"."));
        DatabaseSetup.EnsureDirectory(provider, connectionString);
        services.AddDbContext<TrackerDbContext>(o => o.UseTrackerDatabase(provider, connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ArticleIngestor>();
        services.AddScoped<ArticleReextractor>();
        services.AddPageFetcher();
        services.AddScoped<UrlIngestor>();
        services.AddScoped<FeedPoller>();
        services.AddScoped<FeedSubscriptions>();
        services.AddScoped<SourceQueries>();
        services.AddScoped<SourceRegistry>();
        services.AddScoped<ArticleQueries>();
        services.AddSingleton<QueryCache>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<ClaimQueries>();
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<TimelineQueries>();
        services.AddScoped<EntityQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<CorrectionQueries>();
        services.AddScoped<AIMediaTracker.Ingestion.Curation.EntityCorrections>();
        services.AddScoped<AIMediaTracker.Ingestion.Curation.FigureCorrections>();
        services.AddScoped<AIMediaTracker.Ingestion.Curation.ClaimCorrections>();
        services.AddSingleton<ReextractionRequests>();
        services.AddScoped<AIMediaTracker.Web.Security.OperatorAccounts>();
        services.AddScoped<AIMediaTracker.Data.Dump.DatabaseDump>();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        return services;
    }
}
