using AIMediaTracker.Core.Claims;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Which figures may be one claim: same kind, unit (jobs and people alike) and basis, and the same source — for a
/// reported fact about a company, the company; otherwise the attribution (« selon le WEF »), else the subject, else the
/// sector and year. A source
/// that names a known organisation is keyed by the organisation's slug, so two spellings merged by an
/// operator become one source, and the claim's id (derived from the bucket) does not depend on how a
/// database numbered its organisations: it is the same after importing the articles elsewhere.
/// Otherwise by its folded text.
/// </summary>
internal sealed class ClaimBuckets
{
    private readonly Dictionary<string, (int Id, string Slug)> organizationByKey;

    private ClaimBuckets(Dictionary<string, (int Id, string Slug)> organizationByKey) => this.organizationByKey = organizationByKey;

    public static async Task<ClaimBuckets> ForAsync(TrackerDbContext db, IEnumerable<LedgerFigure> figures, CancellationToken ct)
    {
        var keys = figures.SelectMany(f => new[] { KeyOf(f.Attribution), KeyOf(f.Subject) }).OfType<string>().Distinct().ToList();
        return keys.Count == 0 ? new ClaimBuckets(new Dictionary<string, (int Id, string Slug)>(StringComparer.Ordinal))
            : await OfAliasesAsync(db.OrganizationAliases.Where(a => EF.Parameter(keys).Contains(a.Key)), ct);
    }

    /// <summary>Buckets for any figure: every organisation's spellings (a few per organisation) are read.</summary>
    public static Task<ClaimBuckets> AllAsync(TrackerDbContext db, CancellationToken ct) => OfAliasesAsync(db.OrganizationAliases, ct);

    private static async Task<ClaimBuckets> OfAliasesAsync(IQueryable<Data.Entities.OrganizationAlias> aliases, CancellationToken ct)
    {
        var organizations = new Dictionary<string, (int Id, string Slug)>(StringComparer.Ordinal);
        // Several organisations may share a spelling: the oldest keeps it, as a rebuild would find.
        var rows = await aliases.AsNoTracking().Select(a => new { a.Key, a.OrganizationId, a.Organization!.Slug }).ToListAsync(ct);
        foreach (var row in rows)
            if (!organizations.TryGetValue(row.Key, out var org) || row.OrganizationId < org.Id) organizations[row.Key] = (row.OrganizationId, row.Slug);
        return new ClaimBuckets(organizations);
    }

    public static string? KeyOf(string? name) => string.IsNullOrWhiteSpace(name) ? null : FrenchTypography.Key(name.Trim());

    public int? OrganizationOf(string? name) => KeyOf(name) is { } key && organizationByKey.TryGetValue(key, out var org) ? org.Id : null;

    public string BucketOf(LedgerFigure f)
    {
        // A fact about a company is one event however many sources relay it (« selon L'Usine Digitale »,
        // « a annoncé Klarna », or the article's own voice): keyed by the company, it is counted once.
        // A projection belongs to whoever made it: two studies' numbers stay two claims.
        var identity = f.Basis == ClaimQueries.Reported && KeyOf(f.Subject) is { } company ? "s:" + Source(company)
            : KeyOf(f.Attribution) is { } attribution ? "a:" + Source(attribution)
            : KeyOf(f.Subject) is { } subject ? "s:" + Source(subject)
            : $"x:{SectorVocabulary.Map(f.Sector)}|{f.Year}";
        // Jobs and people count one thing (« 9 000 emplois » in a headline, « 9 000 départs » in the text):
        // the bucket names the unit's family, « jobs » for both, so claims counted in jobs kept their ids.
        return $"{f.Kind}|{ClaimQueries.UnitFamily(f.Unit)[0]}|{f.Basis}|{identity}";
    }

    private string Source(string key) => organizationByKey.TryGetValue(key, out var org) ? "o:" + org.Slug : "t" + key;
}
