using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> b)
    {
        b.Property(f => f.Kind).HasMaxLength(32);
        b.Property(f => f.Unit).HasMaxLength(16);
        b.Property(f => f.Sector).HasMaxLength(200);
        b.Property(f => f.Region).HasMaxLength(200);
        b.HasOne(f => f.Article).WithMany(a => a.Figures).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.Kind, f.Unit, f.Value });
        b.HasIndex(f => f.ArticleId);
    }
}
