using System.Net;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Pages;

/// <summary>After a merge, the merged entity's old page address answers 301 to the survivor's page.</summary>
public sealed class MergedEntityRedirectTests : IDisposable
{
    private readonly TrackerFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_old_addresses_of_a_merged_organisation_and_person_redirect_permanently()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string from, into, personFrom, personInto;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var organizations = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Slug).Take(2).ToListAsync();
            (from, into) = (organizations[0], organizations[1]);
            var people = await db.People.OrderBy(p => p.Id).Select(p => p.Slug).Take(2).ToListAsync();
            (personFrom, personInto) = (people[0], people[1]);
            var corrections = scope.ServiceProvider.GetRequiredService<EntityCorrections>();
            await corrections.MergeOrganizationsAsync(from, into, "alice", default);
            await corrections.MergePeopleAsync(personFrom, personInto, "alice", default);
        }

        var organization = await client.GetAsync($"/organisations/{from}");
        Assert.Equal(HttpStatusCode.MovedPermanently, organization.StatusCode);
        Assert.Equal($"/organisations/{into}", organization.Headers.Location!.OriginalString);
        var person = await client.GetAsync($"/personnes/{personFrom}");
        Assert.Equal(HttpStatusCode.MovedPermanently, person.StatusCode);
        Assert.Equal($"/personnes/{personInto}", person.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organisations/jamais-vue")).StatusCode);
    }
}
