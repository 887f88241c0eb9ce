using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> b)
    {
        b.ToTable(t => t.HasCheckConstraint("CK_Mention_OneEntity",
            "(CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"ProductId\" IS NULL THEN 0 ELSE 1 END) = 1"));
        b.HasOne(m => m.Article).WithMany(a => a.Mentions).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Product).WithMany().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Cascade);
        // Each mention names one kind of entity, so two of these three columns are null: partial indexes
        // hold only the rows they can find, and an import writes one entry per mention instead of three.
        // "= id" and "IS NOT NULL", the only ways the screens query them, imply the filter.
        b.HasIndex(m => new { m.OrganizationId, m.ArticleId }).HasFilter("\"OrganizationId\" IS NOT NULL");
        b.HasIndex(m => new { m.PersonId, m.ArticleId }).HasFilter("\"PersonId\" IS NOT NULL");
        b.HasIndex(m => new { m.ProductId, m.ArticleId }).HasFilter("\"ProductId\" IS NOT NULL");
    }
}
