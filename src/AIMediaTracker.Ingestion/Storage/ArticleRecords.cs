using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Writing;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>
/// The records of one article, about 70 rows, written with the rest of the batch's, table by table
/// (<see cref="BulkInsert"/>), rather than by SaveChanges, which sends each row as a new command.
/// </summary>
internal sealed class ArticleRecords
{
    public int ArticleId { get; private set; }
    public List<Mention> Mentions { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Link> Links { get; } = [];

    /// <summary>Points every record to its article and to the entities' ids, once they have them.</summary>
    public void Attach(int articleId)
    {
        ArticleId = articleId;
        foreach (var m in Mentions)
        {
            m.ArticleId = articleId;
            m.OrganizationId = m.Organization?.Id;
            m.PersonId = m.Person?.Id;
            m.ProductId = m.Product?.Id;
        }
        foreach (var q in Quotes)
        {
            q.ArticleId = articleId;
            q.PersonId = q.Person?.Id;
            q.OrganizationId = q.Organization?.Id;
        }
        foreach (var f in Figures) f.ArticleId = articleId;
        foreach (var d in Dates) d.ArticleId = articleId;
        foreach (var l in Links) l.ArticleId = articleId;
    }

    /// <summary>The records of many attached articles, table by table, in the context's current transaction.</summary>
    public static async Task InsertAllAsync(BatchInserts inserts, IReadOnlyList<ArticleRecords> all, CancellationToken ct)
    {
        await InsertAllAsync(inserts, all.SelectMany(r => r.Mentions), ct);
        await InsertAllAsync(inserts, all.SelectMany(r => r.Figures), ct);
        await InsertAllAsync(inserts, all.SelectMany(r => r.Dates), ct);
        await InsertAllAsync(inserts, all.SelectMany(r => r.Quotes), ct);
        await InsertAllAsync(inserts, all.SelectMany(r => r.Links), ct);
    }

    private static Task InsertAllAsync<T>(BatchInserts inserts, IEnumerable<T> rows, CancellationToken ct) where T : class =>
        inserts.BulkFor(typeof(T)).InsertAllAsync(rows, ct);
}
