using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(300);
        b.Property(o => o.Slug).HasMaxLength(300);
        b.Property(o => o.Kind).HasMaxLength(32);
        b.HasIndex(o => o.Slug).IsUnique();
        // The dashboard's counts and rankings read the most covered first.
        b.HasIndex(o => o.ArticleCount);
        b.HasMany(o => o.Aliases).WithOne(a => a.Organization!).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
