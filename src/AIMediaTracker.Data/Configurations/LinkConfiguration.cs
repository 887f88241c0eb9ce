using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class LinkConfiguration : IEntityTypeConfiguration<Link>
{
    public void Configure(EntityTypeBuilder<Link> b)
    {
        b.Property(l => l.Url).HasMaxLength(2048);
        b.HasOne(l => l.Article).WithMany(a => a.Links).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.ArticleId);
    }
}
