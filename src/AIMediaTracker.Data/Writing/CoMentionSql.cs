using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Providers;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// The statements that keep <see cref="CoMention"/> rows: each groups the organisations named by counted
/// articles (originals in French, as <c>FilteredArticles.Counted</c>) with the people, products or month of
/// the same articles, and adds the counts to the stored rows (an upsert both databases read). The
/// writers use them for a batch of articles, a merge recounts one entity's rows, and the migration and the
/// ledger's rebuild count everything. Ids are written into the SQL as numbers: they are integers, and a
/// batch's few hundred would otherwise be as many parameters.
/// </summary>
public static class CoMentionSql
{
    private static readonly CoMentionKind[] Kinds = [CoMentionKind.Person, CoMentionKind.Product, CoMentionKind.Month];

    /// <summary>
    /// Adds (<paramref name="sign"/> +1) or takes away (-1) what these articles count, then drops rows
    /// left at zero. Taking away must run while the articles' mentions are still stored.
    /// </summary>
    public static IEnumerable<string> Shift(DatabaseDialect dialect, IReadOnlyCollection<int> articleIds, int sign)
    {
        var articles = List(articleIds);
        yield return Upsert(dialect, Kinds, sign, articles: articles);
        if (sign < 0)
            yield return $"""
                DELETE FROM "CoMentions" WHERE "Articles" <= 0
                  AND "OrganizationId" IN (SELECT m."OrganizationId" FROM "Mentions" m WHERE m."OrganizationId" IS NOT NULL AND m."ArticleId" IN ({articles}))
                """;
    }

    /// <summary>Every row of these organisations counted again (after a merge moved mentions to them).</summary>
    public static IEnumerable<string> RecountOrganizations(DatabaseDialect dialect, IReadOnlyCollection<int> organizationIds)
    {
        var organizations = List(organizationIds);
        yield return $"""DELETE FROM "CoMentions" WHERE "OrganizationId" IN ({organizations})""";
        yield return Upsert(dialect, Kinds, +1, organizations: organizations);
    }

    /// <summary>The rows naming these people counted again, and those of people merged away dropped.</summary>
    public static IEnumerable<string> RecountPeople(DatabaseDialect dialect, IReadOnlyCollection<int> personIds)
    {
        var people = List(personIds);
        yield return $"""
            DELETE FROM "CoMentions" WHERE "Kind" = {(int)CoMentionKind.Person}
              AND ("OtherId" IN ({people}) OR "OtherId" NOT IN (SELECT p."Id" FROM "People" p))
            """;
        yield return Upsert(dialect, [CoMentionKind.Person], +1, people: people);
    }

    /// <summary>Everything counted from scratch.</summary>
    public static IEnumerable<string> RecountAll(DatabaseDialect dialect)
    {
        yield return """DELETE FROM "CoMentions" """;
        yield return Upsert(dialect, Kinds, +1);
    }

    // One statement for every kind, so the organisations of the articles are found once: on SQLite, three
    // statements cost an import batch half as much again. "WHERE 1 = 1" before ON CONFLICT: SQLite would
    // otherwise read the ON as a join's.
    private static string Upsert(DatabaseDialect dialect, IEnumerable<CoMentionKind> kinds, int sign,
        string? articles = null, string? organizations = null, string? people = null)
    {
        var named = $"""
            SELECT DISTINCT m."ArticleId", m."OrganizationId" FROM "Mentions" m JOIN "Articles" a ON a."Id" = m."ArticleId"
            WHERE m."OrganizationId" IS NOT NULL AND a."DuplicateOfId" IS NULL AND (a."Language" IS NULL OR a."Language" = 'fr')
            {(articles is null ? "" : $"""AND m."ArticleId" IN ({articles})""")}
            {(organizations is null ? "" : $"""AND m."OrganizationId" IN ({organizations})""")}
            """;
        var with = string.Join("\nUNION ALL\n", kinds.Select(kind => kind switch
        {
            CoMentionKind.Month => $"""
                SELECT {(int)kind} AS "Kind", x."Id" AS "ArticleId", {dialect.MonthNumber("x.\"PublishedAt\"")} AS "OtherId" FROM "Articles" x
                WHERE x."PublishedAt" IS NOT NULL {(articles is null ? "" : $"""AND x."Id" IN ({articles})""")}
                """,
            _ => $"""
                SELECT DISTINCT {(int)kind} AS "Kind", x."ArticleId", x."{kind}Id" AS "OtherId" FROM "Mentions" x
                WHERE x."{kind}Id" IS NOT NULL {(articles is null ? "" : $"""AND x."ArticleId" IN ({articles})""")}
                {(people is null || kind != CoMentionKind.Person ? "" : $"""AND x."PersonId" IN ({people})""")}
                """,
        }));
        return $"""
            INSERT INTO "CoMentions" ("OrganizationId", "Kind", "OtherId", "Articles")
            SELECT o."OrganizationId", w."Kind", w."OtherId", {sign} * COUNT(*)
            FROM ({named}) o JOIN ({with}) w ON w."ArticleId" = o."ArticleId"
            WHERE 1 = 1
            GROUP BY o."OrganizationId", w."Kind", w."OtherId"
            ON CONFLICT ("OrganizationId", "Kind", "OtherId") DO UPDATE SET "Articles" = "CoMentions"."Articles" + excluded."Articles"
            """;
    }

    private static string List(IReadOnlyCollection<int> ids) =>
        ids.Count == 0 ? "NULL" : string.Join(", ", ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
