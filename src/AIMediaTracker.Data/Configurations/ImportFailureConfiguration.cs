using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class ImportFailureConfiguration : IEntityTypeConfiguration<ImportFailure>
{
    public void Configure(EntityTypeBuilder<ImportFailure> b)
    {
        b.Property(f => f.Location).HasMaxLength(2048);
        b.Property(f => f.Reason).HasMaxLength(2000);
        b.HasIndex(f => f.At);
    }
}
