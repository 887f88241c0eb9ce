using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> b)
    {
        // Derived from the claim's bucket and lowest value, never generated: see ClaimIds.
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Bucket).HasMaxLength(500);
        b.Property(c => c.Kind).HasMaxLength(32);
        b.Property(c => c.Unit).HasMaxLength(16);
        b.Property(c => c.Basis).HasMaxLength(16);
        b.Property(c => c.Attribution).HasMaxLength(200);
        b.Property(c => c.AttributionKey).HasMaxLength(200);
        b.Property(c => c.Subject).HasMaxLength(200);
        b.Property(c => c.SubjectKey).HasMaxLength(200);
        b.Property(c => c.Sector).HasMaxLength(64);
        b.Property(c => c.Grade).HasMaxLength(16);
        // The ledger finds the claims a new value may join by bucket and value range.
        // MaxValue too: the ledger reads every claim range of a bucket from the index alone, no table lookup per claim.
        b.HasIndex(c => new { c.Bucket, c.MinValue, c.MaxValue });
        // A claim's variants are counted per (attribution, subject, horizon, unit): one index range each.
        // It also serves the ledger's lookups by attribution, as the index on AttributionKey alone did.
        b.HasIndex(c => new { c.AttributionKey, c.SubjectKey, c.Year, c.Unit });
        // Partial indexes, here and below: each claim lands at a random place in every index it enters, and
        // those random writes are most of an import's cost at scale. A claim enters only the indexes that
        // can find it: an equality or IN on the column implies IS NOT NULL, so the lookups still use them.
        b.HasIndex(c => c.SubjectKey).HasFilter(NotNull(nameof(Claim.SubjectKey)));
        b.HasIndex(c => c.AttributionOrganizationId).HasFilter(NotNull(nameof(Claim.AttributionOrganizationId)));
        b.HasIndex(c => c.SubjectOrganizationId).HasFilter(NotNull(nameof(Claim.SubjectOrganizationId)));
        // The dashboard's reported cuts and creations (kind, basis, unit), summed by grade, by month and by
        // company from this index alone: reading each claim's row took most of its first request after an
        // import (a 10 000-row scan of a 90 000-claim table per sum at 10 000 articles, again after every import).
        // Only the claims the counters add up (a tenth of all claims): DashboardQueries.JobClaims repeats the filter.
        b.HasIndex(c => new { c.Kind, c.Basis, c.Unit, c.Grade, c.FirstSeen, c.Value, c.SubjectOrganizationId, c.AttributionOrganizationId })
            .HasDatabaseName("IX_Claims_ReportedJobs").HasFilter(ClaimTallySql.Counted());
        // The dashboard's latest reported cuts, newest first: 40 entries read instead of every reported cut
        // sorted (35–45 ms at 100 000 articles, on the first request after each import).
        b.HasIndex(c => new { c.Kind, c.FirstSeen, c.Value })
            .HasDatabaseName("IX_Claims_LatestReportedJobs").HasFilter(ClaimTallySql.Counted());
        // The dashboard's projections, most cited first, and its per-year and per-sector counts, read from
        // indexes rather than by sorting or scanning every claim after each import. Projections only: the
        // dashboard asks for them by name (a constant), and other bases are read along (Citations, FirstFigureId).
        // Ties go to the claim recorded last (its first figure's id), not to the largest value: a new claim
        // then lands at the end of the once-cited run instead of at a random place in it.
        b.HasIndex(c => new { c.Basis, c.Citations, c.FirstFigureId }).HasFilter($"\"Basis\" = '{ClaimQueries.Projected}'");
        // The claims around an organisation (ClaimQueries.MentionedAroundAsync) and the claims API read every
        // basis, most cited first: this index, read backwards, instead of sorting every claim.
        b.HasIndex(c => new { c.Citations, c.FirstFigureId });
        b.HasIndex(c => c.Year).HasFilter(NotNull(nameof(Claim.Year)));
        // Without the claims of no sector (four in ten): the sector filter and list say Sector <> 'unspecified' too.
        b.HasIndex(c => c.Sector).HasFilter(InSector);
    }

    // A claim of a sector of the vocabulary; ClaimQueries.InSector states the same condition in LINQ.
    private static readonly string InSector = $"\"Sector\" <> '{SectorVocabulary.Unspecified}'";

    private static string NotNull(string column) => $"\"{column}\" IS NOT NULL";
}

internal sealed class ClaimCitationConfiguration : IEntityTypeConfiguration<ClaimCitation>
{
    public void Configure(EntityTypeBuilder<ClaimCitation> b)
    {
        b.HasKey(c => c.FigureId);
        b.Property(c => c.FigureId).ValueGeneratedNever();
        b.HasOne(c => c.Figure).WithOne(f => f.Citation).HasForeignKey<ClaimCitation>(c => c.FigureId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Claim).WithMany(c => c.Citing).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        // With ArticleId: whether an article naming an organisation cites a claim, from the index alone.
        b.HasIndex(c => new { c.ClaimId, c.ArticleId });
        b.HasIndex(c => c.ArticleId);
    }
}

internal sealed class ClaimGradeOverrideConfiguration : IEntityTypeConfiguration<ClaimGradeOverride>
{
    public void Configure(EntityTypeBuilder<ClaimGradeOverride> b)
    {
        b.HasKey(g => g.ClaimId);
        b.Property(g => g.ClaimId).ValueGeneratedNever();
        b.Property(g => g.Grade).HasMaxLength(16);
        b.Property(g => g.OperatorName).HasMaxLength(100);
    }
}

internal sealed class LedgerStateConfiguration : IEntityTypeConfiguration<LedgerState>
{
    public void Configure(EntityTypeBuilder<LedgerState> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Stamp).HasMaxLength(200);
    }
}

internal sealed class ClaimTallyConfiguration : IEntityTypeConfiguration<ClaimTally>
{
    public void Configure(EntityTypeBuilder<ClaimTally> b)
    {
        b.HasKey(t => new { t.Kind, t.Sector, t.By, t.Grade, t.Month, t.CompanyId });
        b.Property(t => t.Kind).HasMaxLength(32);
        b.Property(t => t.Grade).HasMaxLength(16);
        b.Property(t => t.Sector).HasMaxLength(64);
    }
}
