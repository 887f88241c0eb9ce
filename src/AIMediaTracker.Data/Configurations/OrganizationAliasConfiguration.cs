using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class OrganizationAliasConfiguration : IEntityTypeConfiguration<OrganizationAlias>
{
    public void Configure(EntityTypeBuilder<OrganizationAlias> b)
    {
        b.Property(a => a.Alias).HasMaxLength(300);
        b.Property(a => a.Key).HasMaxLength(300);
        b.HasIndex(a => a.Key);
        b.HasIndex(a => new { a.OrganizationId, a.Key }).IsUnique();
    }
}
