using System.Text;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>A search hit; <see cref="Snippet"/> marks matches with \u0002 … \u0003, for the page to turn into &lt;mark&gt;.</summary>
public sealed record SearchHit(int Id, string Title, DateOnly? PublishedAt, string Snippet);

/// <summary>
/// Full-text search over articles (FTS5 on SQLite, French full-text search on PostgreSQL; accents and
/// case ignored). Up to <see cref="RankedLimit"/> matches are ranked by relevance. A word found in
/// more articles than that (« emplois » in a large database) would make every request rank all of
/// them: those results come newest first instead, which both databases read straight off an index,
/// and the total is reported as "more than RankedLimit".
/// </summary>
public sealed class SearchQueries(TrackerDbContext db)
{
    public const int RankedLimit = 1000;

    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public async Task<Paged<SearchHit>> SearchAsync(string query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var words = Words(query);
        if (words.Count == 0) return new Paged<SearchHit>([], page, pageSize, 0);
        var offset = (page - 1) * pageSize;
        return db.Database.IsNpgsql()
            ? await PostgresAsync(ToTsQuery(words), page, pageSize, offset, ct)
            : await SqliteAsync(ToMatchExpression(words), page, pageSize, offset, ct);
    }

    private async Task<Paged<SearchHit>> SqliteAsync(string match, int page, int pageSize, int offset, CancellationToken ct)
    {
        const int cap = RankedLimit + 1;
        var total = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS Value FROM (SELECT 1 FROM articles_fts f JOIN Articles a ON a.Id = f.rowid
                WHERE articles_fts MATCH {match} AND a.DuplicateOfId IS NULL LIMIT {cap})
            """).SingleAsync(ct);
        var hits = total <= RankedLimit
            ? await db.Database.SqlQuery<SearchHit>($"""
                SELECT a.Id AS Id, a.Title AS Title, a.PublishedAt AS PublishedAt,
                       snippet(articles_fts, 1, char(2), char(3), '…', 24) AS Snippet
                FROM articles_fts f JOIN Articles a ON a.Id = f.rowid
                WHERE articles_fts MATCH {match} AND a.DuplicateOfId IS NULL
                ORDER BY f.rank LIMIT {pageSize} OFFSET {offset}
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<SearchHit>($"""
                SELECT a.Id AS Id, a.Title AS Title, a.PublishedAt AS PublishedAt,
                       snippet(articles_fts, 1, char(2), char(3), '…', 24) AS Snippet
                FROM articles_fts f JOIN Articles a ON a.Id = f.rowid
                WHERE articles_fts MATCH {match} AND a.DuplicateOfId IS NULL
                ORDER BY f.rowid DESC LIMIT {pageSize} OFFSET {offset}
                """).ToListAsync(ct);
        return new Paged<SearchHit>(hits, page, pageSize, total);
    }

    // PostgreSQL's own full-text search: French stemming after unaccent (see the ArticleSearch
    // migration of AIMediaTracker.Data.Postgres), ranked by ts_rank, excerpt by ts_headline.
    private async Task<Paged<SearchHit>> PostgresAsync(string tsQuery, int page, int pageSize, int offset, CancellationToken ct)
    {
        const int cap = RankedLimit + 1;
        var total = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*)::int AS "Value" FROM (SELECT 1 FROM "Articles" a
                WHERE a."SearchVector" @@ to_tsquery('french_unaccent'::regconfig, {tsQuery}) AND a."DuplicateOfId" IS NULL LIMIT {cap}) m
            """).SingleAsync(ct);
        var ranked = total <= RankedLimit;
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id" AS "Id", a."Title" AS "Title", a."PublishedAt" AS "PublishedAt",
                   ts_headline('french_unaccent'::regconfig, a."Text", q,
                       'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=1') AS "Snippet"
            FROM "Articles" a, to_tsquery('french_unaccent'::regconfig, {tsQuery}) q
            WHERE a."SearchVector" @@ q AND a."DuplicateOfId" IS NULL
            ORDER BY CASE WHEN {ranked} THEN ts_rank(a."SearchVector", q) ELSE 0 END DESC, a."Id" DESC
            LIMIT {pageSize} OFFSET {offset}
            """).ToListAsync(ct);
        return new Paged<SearchHit>(hits, page, pageSize, total);
    }

    /// <summary>The same words for PostgreSQL: all must match, the last one also as a prefix.</summary>
    public static string ToTsQuery(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select((w, i) => i == words.Count - 1 ? $"{w}:*" : w));

    /// <summary>
    /// Words of the user's query, each quoted so FTS5 syntax characters in it can never cause an
    /// error; all words must match, the last one also as a prefix ("emploi" finds "emplois").
    /// </summary>
    public static string? ToMatchExpression(string? query) =>
        Words(query) is { Count: > 0 } words ? ToMatchExpression(words) : null;

    private static string ToMatchExpression(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>
    /// Letters and digits only, at most twelve words: nothing a user types is read as query syntax.
    /// An elided article or pronoun (« l'IA », « d'OpenAI », « qu'elle ») is dropped, as the text's own
    /// elisions are worthless to match: searching « l'IA » must not require, and highlight, every « l ».
    /// </summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in query.Normalize(NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0)
            {
                if (!(IsApostrophe(c) && Elisions.Contains(sb.ToString()))) words.Add(sb.ToString());
                sb.Clear();
            }
        }
        return words.Take(12).ToList();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    // « l'IA », « d'OpenAI », « jusqu'en », « lorsqu'il »: the French words that elide before a vowel.
    private static readonly HashSet<string> Elisions = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    };
}
