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
        b.HasIndex(m => new { m.OrganizationId, m.ArticleId });
        b.HasIndex(m => new { m.PersonId, m.ArticleId });
        b.HasIndex(m => new { m.ProductId, m.ArticleId });
    }
}
