using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class ArticleSketchConfiguration : IEntityTypeConfiguration<ArticleSketch>
{
    public void Configure(EntityTypeBuilder<ArticleSketch> b)
    {
        // A table of its own, not a column of Articles: on SQLite a column added to Articles is stored after
        // the text, so reading it would walk the text's overflow pages, the very read it saves; and filling
        // it later would rewrite the whole row. Keyed by the article alone (an integer key is SQLite's rowid):
        // no other index for an import to keep.
        b.HasKey(s => s.ArticleId);
        b.Property(s => s.ArticleId).ValueGeneratedNever();
        b.HasOne(s => s.Article).WithOne().HasForeignKey<ArticleSketch>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
