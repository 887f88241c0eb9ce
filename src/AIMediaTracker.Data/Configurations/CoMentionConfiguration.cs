using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class CoMentionConfiguration : IEntityTypeConfiguration<CoMention>
{
    public void Configure(EntityTypeBuilder<CoMention> b)
    {
        // The key is what the writers' upserts conflict on (Writing/CoMentionSql), and the page reads one
        // organisation's rows of one kind as a range of it. No other index: each of an import's thousands of
        // upserts per batch would move its entry too. On SQLite the table is WITHOUT ROWID (its migration),
        // so the rows live in the key's b-tree: one b-tree write per upsert, and a range read with the counts.
        b.HasKey(c => new { c.OrganizationId, c.Kind, c.OtherId });
        b.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
