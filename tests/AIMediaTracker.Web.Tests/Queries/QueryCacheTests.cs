using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Queries;

/// <summary>A screen's cached result lasts until the data changes, whoever changed it.</summary>
public sealed class QueryCacheTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task A_ledger_rebuilt_by_another_process_under_a_new_stamp_is_read_again()
    {
        var cache = new QueryCache();
        Assert.Equal("avant", await ReadAsync(cache, "avant"));
        Assert.Equal("avant", await ReadAsync(cache, "après"));

        // As another process would after rebuilding the ledger with other rules: only the stamp changes.
        using (var scope = app.Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().LedgerStates
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Stamp, l => l.Stamp + "-reconstruit"));

        Assert.Equal("après", await ReadAsync(cache, "après"));
    }

    // Each read in its own request scope, as the site's screens do.
    private async Task<string> ReadAsync(QueryCache cache, string computed)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await cache.GetOrAddAsync(db, "écran", () => Task.FromResult(computed), default);
    }
}
