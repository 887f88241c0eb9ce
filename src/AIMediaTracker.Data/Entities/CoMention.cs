namespace AIMediaTracker.Data.Entities;

/// <summary>What a <see cref="CoMention"/> counts an organisation's articles by.</summary>
public enum CoMentionKind
{
    /// <summary><see cref="CoMention.OtherId"/> is a person's id.</summary>
    Person = 1,
    /// <summary><see cref="CoMention.OtherId"/> is a product's id.</summary>
    Product = 2,
    /// <summary><see cref="CoMention.OtherId"/> is a month, as year × 100 + month (202403).</summary>
    Month = 3,
}

/// <summary>
/// How many counted articles (originals in French) name an organisation together with a person, with a
/// product, or in a month of publication: its page's « cités avec elle » lists and its chart by month.
/// Kept at write time beside <see cref="Organization.ArticleCount"/> (Ingestion's CoverageCounts), so the
/// page reads its few rows instead of grouping every mention of a company named by thousands of articles
/// after each import. No row holds zero.
/// </summary>
public sealed class CoMention
{
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public CoMentionKind Kind { get; set; }
    public int OtherId { get; set; }
    public int Articles { get; set; }
}
