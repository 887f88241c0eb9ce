using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// Merges and renames of organisations and people. Each runs in one transaction and leaves a
/// <see cref="Correction"/>. They survive re-extraction because the extractor's names are resolved
/// through aliases: a merged organisation's aliases, and a merged person's slug, now lead to the
/// survivor.
/// </summary>
public sealed class EntityCorrections(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Organization> MergeOrganizationsAsync(string fromSlug, string intoSlug, string operatorName, CancellationToken ct)
    {
        if (fromSlug == intoSlug) throw new CorrectionException("Une organisation ne peut pas être fusionnée avec elle-même.");
        return await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var from = await OrganizationAsync(fromSlug, ct);
            var into = await OrganizationAsync(intoSlug, ct);
            var intoKeys = await db.OrganizationAliases.Where(a => a.OrganizationId == into.Id).Select(a => a.Key).ToListAsync(ct);
            await db.OrganizationAliases.Where(a => a.OrganizationId == from.Id && intoKeys.Contains(a.Key)).ExecuteDeleteAsync(ct);
            await db.OrganizationAliases.Where(a => a.OrganizationId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.OrganizationId, into.Id), ct);
            var mentions = await db.Mentions.Where(m => m.OrganizationId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganizationId, into.Id), ct);
            await db.Products.Where(p => p.OrganizationId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.OrganizationId, into.Id), ct);
            await db.Quotes.Where(q => q.OrganizationId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.OrganizationId, into.Id), ct);
            await db.Organizations.Where(o => o.Id == from.Id).ExecuteDeleteAsync(ct);
            // An article naming both counts once for the survivor: counted again, not added.
            await new CoverageCounts(db).RecountAsync([into.Id], [], ct);
            await new ClaimLedger(db).RefreshOrganizationsAsync([from.Id], [], ct);
            // The detail keeps the merged slug in parentheses: CorrectionQueries.MergedIntoAsync reads it
            // to send the old page address to the survivor.
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Organization, into.Id, "merge",
                $"« {from.Name} » ({from.Slug}) fusionnée dans « {into.Name} » : {mentions} mention(s) déplacée(s).");
            return into;
        }, ct);
    }

    public async Task<Organization> RenameOrganizationAsync(string slug, string newName, string operatorName, CancellationToken ct)
    {
        newName = ValidName(newName);
        return await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var org = await OrganizationAsync(slug, ct);
            var old = org.Name;
            if (old == newName) return org; // nothing changes, so nothing is logged
            org.Name = newName;
            // Articles that use the new name must land here too; the old name stays an alias.
            var key = FrenchTypography.Key(newName);
            var owner = await db.OrganizationAliases.Where(a => a.Key == key).Select(a => (int?)a.OrganizationId).FirstOrDefaultAsync(ct);
            if (owner is int other && other != org.Id)
                throw new CorrectionException($"Le nom « {newName} » désigne déjà une autre organisation : fusionnez-les plutôt.");
            if (owner is null) db.OrganizationAliases.Add(new OrganizationAlias { OrganizationId = org.Id, Alias = newName, Key = key });
            await db.SaveChangesAsync(ct);
            await new ClaimLedger(db).RefreshOrganizationsAsync([org.Id], [key], ct);
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Organization, org.Id, "rename", $"Renommée de « {old} » en « {newName} ».");
            return org;
        }, ct);
    }

    public async Task<Person> MergePeopleAsync(string fromSlug, string intoSlug, string operatorName, CancellationToken ct)
    {
        if (fromSlug == intoSlug) throw new CorrectionException("Une personne ne peut pas être fusionnée avec elle-même.");
        return await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var from = await PersonAsync(fromSlug, ct);
            var into = await PersonAsync(intoSlug, ct);
            var mentions = await db.Mentions.Where(m => m.PersonId == from.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonId, into.Id), ct);
            await db.Quotes.Where(q => q.PersonId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.PersonId, into.Id), ct);
            await db.PersonAliases.Where(a => a.PersonId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, into.Id), ct);
            into.Role ??= from.Role;
            into.Handle ??= from.Handle;
            await db.People.Where(p => p.Id == from.Id).ExecuteDeleteAsync(ct);
            await new CoverageCounts(db).RecountAsync([], [into.Id], ct);
            db.PersonAliases.Add(new PersonAlias { PersonId = into.Id, Slug = from.Slug });
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Person, into.Id, "merge",
                $"« {from.Name} » ({from.Slug}) fusionnée dans « {into.Name} » : {mentions} mention(s) déplacée(s).");
            return into;
        }, ct);
    }

    public async Task<Person> RenamePersonAsync(string slug, string newName, string operatorName, CancellationToken ct)
    {
        newName = ValidName(newName);
        return await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var person = await PersonAsync(slug, ct);
            var old = person.Name;
            if (old == newName) return person; // nothing changes, so nothing is logged
            person.Name = newName;
            // The page keeps its address; the new spelling, met in a later article, leads here too.
            var newSlug = Slug.From(newName);
            if (newSlug != person.Slug)
            {
                if (await db.People.AnyAsync(p => p.Slug == newSlug, ct))
                    throw new CorrectionException($"Le nom « {newName} » désigne déjà une autre personne : fusionnez-les plutôt.");
                if (!await db.PersonAliases.AnyAsync(a => a.Slug == newSlug, ct))
                    db.PersonAliases.Add(new PersonAlias { PersonId = person.Id, Slug = newSlug });
            }
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Person, person.Id, "rename", $"Renommée de « {old} » en « {newName} ».");
            return person;
        }, ct);
    }



    private async Task<Organization> OrganizationAsync(string slug, CancellationToken ct) =>
        await db.Organizations.SingleOrDefaultAsync(o => o.Slug == slug, ct)
        ?? throw new CorrectionException($"Aucune organisation « {slug} ».");

    private async Task<Person> PersonAsync(string slug, CancellationToken ct) =>
        await db.People.SingleOrDefaultAsync(p => p.Slug == slug, ct)
        ?? throw new CorrectionException($"Aucune personne « {slug} ».");

    private static string ValidName(string name)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 300) throw new CorrectionException("Le nouveau nom doit compter de 1 à 300 caractères.");
        if (!name.Any(char.IsLetterOrDigit)) throw new CorrectionException("Le nouveau nom doit contenir des lettres ou des chiffres.");
        return name;
    }
}
