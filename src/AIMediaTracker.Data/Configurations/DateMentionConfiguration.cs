using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class DateMentionConfiguration : IEntityTypeConfiguration<DateMention>
{
    public void Configure(EntityTypeBuilder<DateMention> b)
    {
        b.Property(d => d.Iso).HasMaxLength(10);
        b.HasOne(d => d.Article).WithMany(a => a.Dates).HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.Day);
        b.HasIndex(d => d.ArticleId);
    }
}
