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
    // Names a prefetch looked up and did not find: no need to ask the database again.
    private readonly HashSet<string> absentOrganizations = new(), absentPeople = new(), absentProducts = new();
    // Organisations created here, whose every alias is in memory, and alias keys whose every stored row
    // is: a surface form among them needs no query to know whether it is an alias already.
    private readonly HashSet<Organization> allAliasesKnown = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> aliasKeysKnown = new();
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks up, in a few queries, every organisation, person and product the articles name, and the
    /// stored aliases matching how they wrote them, so resolving them one by one afterwards asks the
    /// database nothing. Optional: without it each name is one query or two.
    /// </summary>
    public async Task PrefetchAsync(IEnumerable<(ArticleFacts Facts, ArticleText Text)> articles, CancellationToken ct)
    {
        var all = articles.ToList();
        var names = all.SelectMany(a => a.Facts.Organizations.Select(o => o.Name).Concat(a.Facts.Products.Select(p => p.Organization).OfType<string>()))
            .Distinct().ToList();
        var nameKeys = names.Select(n => Key(CanonicalName(n))).Where(k => !organizations.ContainsKey(k)).ToHashSet();
        var formKeys = all.SelectMany(a => a.Facts.Organizations.SelectMany(o => o.Mentions.Select(m => a.Text[m]))).Concat(names)
            .Select(f => Key(f.Trim()));
        // Only the aliases these keys match, not every alias of every organisation: a famous company has dozens.
        // Lists go as one JSON parameter (EF.Parameter): as one SQL parameter per item, SQLite's binding by
        // name made each query quadratic in the list's length.
        var keys = nameKeys.Union(formKeys).Where(k => !aliasKeysKnown.Contains(k)).ToList();
        var aliases = await db.OrganizationAliases.Include(a => a.Organization).Where(a => EF.Parameter(keys).Contains(a.Key)).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var alias in aliases) organizations.TryAdd(alias.Key, alias.Organization!);
        aliasKeysKnown.UnionWith(keys);
        absentOrganizations.UnionWith(nameKeys.Where(k => !organizations.ContainsKey(k)));

        var personSlugs = all.SelectMany(a => a.Facts.People).Select(p => Slug.From(p.Name)).Where(s => !people.ContainsKey(s)).Distinct().ToList();
        foreach (var person in await db.People.Where(p => EF.Parameter(personSlugs).Contains(p.Slug)).ToListAsync(ct)) people[person.Slug] = person;
        var rest = personSlugs.Where(s => !people.ContainsKey(s)).ToList();
        foreach (var alias in await db.PersonAliases.Where(a => EF.Parameter(rest).Contains(a.Slug)).Select(a => new { a.Slug, a.Person }).ToListAsync(ct))
            people.TryAdd(alias.Slug, alias.Person!);
        absentPeople.UnionWith(rest.Where(s => !people.ContainsKey(s)));

        var productSlugs = all.SelectMany(a => a.Facts.Products).Select(p => Slug.From(p.Name)).Where(s => !products.ContainsKey(s)).Distinct().ToList();
        foreach (var product in await db.Products.Where(p => EF.Parameter(productSlugs).Contains(p.Slug)).ToListAsync(ct)) products[product.Slug] = product;
        absentProducts.UnionWith(productSlugs.Where(s => !products.ContainsKey(s)));
    }

    public async Task<Organization> OrganizationAsync(OrganizationFact fact, CancellationToken ct, IEnumerable<string>? surfaceForms = null)
    {
        // Articles may name a curated company by one of its aliases ("Wall Street Journal"): the
        // store keeps one row under the gazetteer's canonical name, with the article's form as an alias.
        var canonical = CanonicalName(fact.Name);
        if (canonical != fact.Name)
        {
            surfaceForms = (surfaceForms ?? []).Append(fact.Name);
            fact = fact with { Name = canonical };
        }
        var org = await FindOrCreateOrganizationAsync(fact, ct);
        // Every way an article wrote the name becomes an alias, so the company selector finds it by any of them.
        foreach (var form in surfaceForms ?? [])
        {
            var formKey = Key(form.Trim());
            if (formKey.Length == 0 || org.Aliases.Any(a => a.Key == formKey)) continue;
            if (org.Id != 0 && !allAliasesKnown.Contains(org) && !aliasKeysKnown.Contains(formKey)
                && await db.OrganizationAliases.AnyAsync(a => a.OrganizationId == org.Id && a.Key == formKey, ct)) continue;
            // Added to the context, not only to the collection: the batch writer saves without scanning for changes.
            db.OrganizationAliases.Add(new OrganizationAlias { Organization = org, Alias = form.Trim(), Key = formKey });
            // As the database would now answer for this key: a later article of the batch naming it finds this organisation.
            organizations.TryAdd(formKey, org);
        }
        return org;
    }

    private string CanonicalName(string name) =>
        Gazetteer.CanonicalNamesByKey.TryGetValue(Key(name), out var canonical) ? canonical : name;

    // The same few names come back in every article of a batch, and folding one means a Unicode decomposition.
    private string Key(string name)
    {
        if (!keys.TryGetValue(name, out var key)) keys[name] = key = FrenchTypography.Key(name);
        return key;
    }

    private async Task<Organization> FindOrCreateOrganizationAsync(OrganizationFact fact, CancellationToken ct)
    {
        var key = Key(fact.Name);
        if (organizations.TryGetValue(key, out var cached)) return cached;
        var found = absentOrganizations.Contains(key) ? null
            : await db.OrganizationAliases.Where(a => a.Key == key).Select(a => a.Organization).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            found = new Organization { Name = fact.Name, Kind = fact.Kind, Slug = await FreeSlugAsync(db.Organizations, fact.Name, ct) };
            found.Aliases.Add(new OrganizationAlias { Alias = fact.Name, Key = key });
            db.Organizations.Add(found);
            allAliasesKnown.Add(found);
        }
        return organizations[key] = found!;
    }

    public async Task<Person> PersonAsync(PersonFact fact, CancellationToken ct)
    {
        var slug = Slug.From(fact.Name);
        // A person merged away by an operator leaves their slug behind as an alias of the survivor.
        var found = people.GetValueOrDefault(slug) ?? (absentPeople.Contains(slug) ? null
            : await db.People.FirstOrDefaultAsync(p => p.Slug == slug, ct)
              ?? await db.PersonAliases.Where(a => a.Slug == slug).Select(a => a.Person).FirstOrDefaultAsync(ct));
        if (found is null)
        {
            found = new Person { Name = fact.Name, Slug = slug, Role = fact.Role, Handle = fact.Handle };
            db.People.Add(found);
        }
        else if ((found.Role is null && fact.Role is not null) || (found.Handle is null && fact.Handle is not null))
        {
            found.Role ??= fact.Role;
            found.Handle ??= fact.Handle;
            db.Entry(found).DetectChanges();
        }
        return people[slug] = found;
    }

    public async Task<Product> ProductAsync(ProductFact fact, Organization? maker, CancellationToken ct)
    {
        var slug = Slug.From(fact.Name);
        if (products.TryGetValue(slug, out var cached)) return cached;
        var found = absentProducts.Contains(slug) ? null : await db.Products.FirstOrDefaultAsync(p => p.Slug == slug, ct);
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
