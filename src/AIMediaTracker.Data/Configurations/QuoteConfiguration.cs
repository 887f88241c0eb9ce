using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.Property(q => q.Speaker).HasMaxLength(300);
        b.HasOne(q => q.Article).WithMany(a => a.Quotes).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(q => q.Person).WithMany().HasForeignKey(q => q.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(q => q.Organization).WithMany().HasForeignKey(q => q.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(q => q.ArticleId);
    }
}
