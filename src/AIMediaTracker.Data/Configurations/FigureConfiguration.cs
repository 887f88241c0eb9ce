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
        b.Property(f => f.Basis).HasMaxLength(16);
        b.Property(f => f.Attribution).HasMaxLength(200);
        b.Property(f => f.Subject).HasMaxLength(200);
        b.HasOne(f => f.Article).WithMany(a => a.Figures).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // No (Kind, Unit, Value) index: the claim groupings reach figures through their articles
        // (FilteredArticles.Ids) and group every figure anyway, so no query used it, while each
        // imported figure was inserted into it at a random place (migration DropFigureValueIndex).
        b.HasIndex(f => f.ArticleId);
    }
}
