using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class CoMentionConfiguration : IEntityTypeConfiguration<CoMention>
{
    public void Configure(EntityTypeBuilder<CoMention> b)
    {
        // The key is what the writers' upserts conflict on (Writing/CoMentionSql).
        b.HasKey(c => new { c.OrganizationId, c.Kind, c.OtherId });
        b.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // An organisation's most named people or products: the top of one index range, read backwards.
        b.HasIndex(c => new { c.OrganizationId, c.Kind, c.Articles });
    }
}
