using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// Finds or creates the canonical organisation, person or product for a name. Lookups go
/// through folded keys, so "Société Générale" and "societe generale" are one row.
/// </summary>
internal sealed class EntityResolver(TrackerDbContext db)
{
    private readonly Dictionary<string, Organization> organizations = new();
    private readonly Dictionary<string, Person> people = new();
    private readonly Dictionary<string, Product> products = new();

    public async Task<Organization> OrganizationAsync(OrganizationFact fact, CancellationToken ct, IEnumerable<string>? surfaceForms = null)
    {
        // Articles may name a curated company by one of its aliases ("Wall Street Journal"): the
        // store keeps one row under the gazetteer's canonical name, with the article's form as an alias.
        if (Gazetteer.CanonicalNamesByKey.TryGetValue(FrenchTypography.Key(fact.Name), out var canonical) && canonical != fact.Name)
        {
            surfaceForms = (surfaceForms ?? []).Append(fact.Name);
            fact = fact with { Name = canonical };
        }
        var org = await FindOrCreateOrganizationAsync(fact, ct);
        // Every way an article wrote the name becomes an alias, so the company selector finds it by any of them.
        foreach (var form in surfaceForms ?? [])
        {
            var formKey = FrenchTypography.Key(form.Trim());
            if (formKey.Length == 0 || org.Aliases.Any(a => a.Key == formKey)) continue;
            if (org.Id != 0 && await db.OrganizationAliases.AnyAsync(a => a.OrganizationId == org.Id && a.Key == formKey, ct)) continue;
            org.Aliases.Add(new OrganizationAlias { Alias = form.Trim(), Key = formKey });
        }
        return org;
    }

    private async Task<Organization> FindOrCreateOrganizationAsync(OrganizationFact fact, CancellationToken ct)
    {
        var key = FrenchTypography.Key(fact.Name);
        if (organizations.TryGetValue(key, out var cached)) return cached;
        var found = await db.OrganizationAliases.Where(a => a.Key == key).Select(a => a.Organization).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            found = new Organization { Name = fact.Name, Kind = fact.Kind, Slug = await FreeSlugAsync(db.Organizations, fact.Name, ct) };
            found.Aliases.Add(new OrganizationAlias { Alias = fact.Name, Key = key });
            db.Organizations.Add(found);
        }
        return organizations[key] = found!;
    }

    public async Task<Person> PersonAsync(PersonFact fact, CancellationToken ct)
    {
        var slug = Slug.From(fact.Name);
        if (people.TryGetValue(slug, out var cached)) return cached;
        // A person merged away by an operator leaves their slug behind as an alias of the survivor.
        var found = await db.People.FirstOrDefaultAsync(p => p.Slug == slug, ct)
            ?? await db.PersonAliases.Where(a => a.Slug == slug).Select(a => a.Person).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            found = new Person { Name = fact.Name, Slug = slug, Role = fact.Role, Handle = fact.Handle };
            db.People.Add(found);
        }
        else
        {
            found.Role ??= fact.Role;
            found.Handle ??= fact.Handle;
        }
        return people[slug] = found;
    }

    public async Task<Product> ProductAsync(ProductFact fact, Organization? maker, CancellationToken ct)
    {
        var slug = Slug.From(fact.Name);
        if (products.TryGetValue(slug, out var cached)) return cached;
        var found = await db.Products.FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (found is null)
        {
            found = new Product { Name = fact.Name, Slug = slug, Organization = maker };
            db.Products.Add(found);
        }
        return products[slug] = found;
    }

    private async Task<string> FreeSlugAsync(IQueryable<Organization> set, string name, CancellationToken ct)
    {
        var slug = Slug.From(name);
        var candidate = slug;
        for (var i = 2; await set.AnyAsync(o => o.Slug == candidate, ct) || organizations.Values.Any(o => o.Slug == candidate); i++)
            candidate = $"{slug}-{i}";
        return candidate;
    }
}
