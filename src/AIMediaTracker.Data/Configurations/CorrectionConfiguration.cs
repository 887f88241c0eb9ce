using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> b)
    {
        b.Property(c => c.OperatorName).HasMaxLength(100);
        b.Property(c => c.Subject).HasMaxLength(16);
        b.Property(c => c.Action).HasMaxLength(16);
        b.Property(c => c.Detail).HasMaxLength(1000);
        b.HasIndex(c => new { c.Subject, c.SubjectId });
    }
}

internal sealed class FigureCorrectionConfiguration : IEntityTypeConfiguration<FigureCorrection>
{
    public void Configure(EntityTypeBuilder<FigureCorrection> b)
    {
        b.Property(c => c.Kind).HasMaxLength(32);
        b.Property(c => c.Basis).HasMaxLength(16);
        b.Property(c => c.Attribution).HasMaxLength(200);
        b.Property(c => c.Subject).HasMaxLength(200);
        b.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ArticleId, c.Start, c.End }).IsUnique();
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> b)
    {
        b.Property(a => a.Slug).HasMaxLength(300);
        b.HasIndex(a => a.Slug).IsUnique();
        b.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
