using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// The INSERTs of one batch, made on first use and kept for the batch: per table, one row at a time
/// returning its key (<see cref="PreparedInsert"/>) or all the batch's rows of a table in one go (<see cref="BulkInsert"/>).
/// <see cref="SaveTrackedAsync"/> stands in for SaveChanges for what an import adds.
/// </summary>
internal sealed class BatchInserts(TrackerDbContext db) : IAsyncDisposable
{
    // What an import adds, principals before the rows that point to them.
    private static readonly Type[] AddedInOrder = [typeof(Organization), typeof(OrganizationAlias), typeof(Product), typeof(Person), typeof(Article)];

    private readonly Dictionary<Type, PreparedInsert> inserts = [];
    private readonly Dictionary<Type, BulkInsert> bulkInserts = [];

    private PreparedInsert For(Type type)
    {
        if (!inserts.TryGetValue(type, out var insert)) inserts[type] = insert = new PreparedInsert(db, type);
        return insert;
    }

    public BulkInsert BulkFor(Type type)
    {
        if (!bulkInserts.TryGetValue(type, out var insert)) bulkInserts[type] = insert = BulkInsert.For(db, type);
        return insert;
    }

    /// <summary>
    /// Writes the entities the context tracks as added, each through its table's prepared INSERT, and
    /// gives them their keys as SaveChanges would: EF then sets the foreign keys that point to them, so the
    /// rows inserted next (an organisation's aliases, its products) carry the saved key.
    /// Anything else pending (a person's newly learnt role) goes through SaveChanges.
    /// </summary>
    public async Task SaveTrackedAsync(CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        foreach (var type in AddedInOrder)
        {
            foreach (var entry in added.Where(e => e.Metadata.ClrType == type))
            {
                var id = await For(type).InsertAsync(entry.Entity, ct);
                MarkSaved(entry, id);
            }
        }
        if (db.ChangeTracker.Entries().Any(e => e.State is not (EntityState.Unchanged or EntityState.Detached)))
            await db.SaveChangesAsync(ct);
    }

    private static void MarkSaved(EntityEntry entry, int? id)
    {
        if (id is int key) entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue = key;
        entry.State = EntityState.Unchanged;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in inserts.Values) await insert.DisposeAsync();
        foreach (var insert in bulkInserts.Values) await insert.DisposeAsync();
    }
}
