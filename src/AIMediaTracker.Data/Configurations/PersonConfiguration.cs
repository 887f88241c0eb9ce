using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.Slug).HasMaxLength(300);
        b.Property(p => p.Role).HasMaxLength(300);
        b.Property(p => p.Handle).HasMaxLength(100);
        b.HasIndex(p => p.Slug).IsUnique();
        // The dashboard's counts and rankings read the most covered first.
        b.HasIndex(p => p.ArticleCount);
    }
}
