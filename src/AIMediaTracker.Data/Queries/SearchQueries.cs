using System.Text;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>A search hit; <see cref="Snippet"/> marks matches with \u0002 … \u0003, for the page to turn into &lt;mark&gt;.</summary>
public sealed record SearchHit(int Id, string Title, DateOnly? PublishedAt, string Snippet);

/// <summary>Full-text search over articles (FTS5, accents and case ignored).</summary>
public sealed class SearchQueries(TrackerDbContext db)
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public async Task<Paged<SearchHit>> SearchAsync(string query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var match = ToMatchExpression(query);
        if (match is null) return new Paged<SearchHit>([], page, pageSize, 0);
        var total = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM articles_fts f JOIN Articles a ON a.Id = f.rowid WHERE articles_fts MATCH {match} AND a.DuplicateOfId IS NULL")
            .SingleAsync(ct);
        var offset = (page - 1) * pageSize;
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            SELECT a.Id AS Id, a.Title AS Title, a.PublishedAt AS PublishedAt,
                   snippet(articles_fts, 1, char(2), char(3), '…', 24) AS Snippet
            FROM articles_fts f JOIN Articles a ON a.Id = f.rowid
            WHERE articles_fts MATCH {match} AND a.DuplicateOfId IS NULL
            ORDER BY f.rank LIMIT {pageSize} OFFSET {offset}
            """).ToListAsync(ct);
        return new Paged<SearchHit>(hits, page, pageSize, total);
    }

    /// <summary>
    /// Words of the user's query, each quoted so FTS5 syntax characters in it can never cause an
    /// error; all words must match, the last one also as a prefix ("emploi" finds "emplois").
    /// </summary>
    public static string? ToMatchExpression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in query.Normalize(NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (words.Count == 0) return null;
        return string.Join(' ', words.Take(12).Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }
}
