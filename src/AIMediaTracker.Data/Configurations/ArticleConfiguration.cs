using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIMediaTracker.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Title).HasMaxLength(1000);
        b.Property(a => a.Url).HasMaxLength(2048);
        b.Property(a => a.CanonicalUrl).HasMaxLength(2048);
        b.Property(a => a.ContentHash).HasMaxLength(64);
        b.HasIndex(a => a.ContentHash).IsUnique();
        b.HasIndex(a => a.CanonicalUrl);
        b.HasIndex(a => a.PublishedAt);
        b.HasIndex(a => a.ExtractorVersion);
        // QueryCache reads MAX(ExtractedAt) at every screen request to notice re-extractions.
        b.HasIndex(a => a.ExtractedAt);
        // DuplicateOfId and SimHash are stored after Text, so reading them from the table walks each
        // article's overflow pages. This covering index answers, without touching the text, both the
        // near-duplicate scan at import (originals' SimHash) and every screen's "not a duplicate" check by Id.
        b.HasIndex(a => new { a.DuplicateOfId, a.Id, a.SimHash });
        // The articles the statistics count (originals in French, FilteredArticles): their ids, number,
        // days and sources, read from the index alone (Language is stored after Text too). In this order it
        // also gives the article lists, newest first 20 at a time, without sorting every article.
        b.HasIndex(a => new { a.DuplicateOfId, a.PublishedAt, a.Language, a.SourceId });
        b.HasOne(a => a.Source).WithMany(s => s.Articles).HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.DuplicateOf).WithMany().HasForeignKey(a => a.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
    }
}
