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
        // The chronology's order (newest day first, facts before horizons, then by article and id): its
        // first page is read along this index, each fact checked against its article, and stops there.
        // On the day alone, SQLite sorted every fact of the database for each page.
        b.HasIndex(d => new { d.Day, d.IsHorizon, d.ArticleId }).IsDescending(true, false, false);
        b.HasIndex(d => d.ArticleId);
    }
}
