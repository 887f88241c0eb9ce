using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AIMediaTracker.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add X --project src/AIMediaTracker.Data.Postgres --startup-project
/// src/AIMediaTracker.Data.Postgres` build the model for PostgreSQL. No server is contacted to add a migration.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        options.UseTrackerDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=design;Username=design");
        return new TrackerDbContext(options.Options);
    }
}
