namespace AIMediaTracker.Data.Providers;

/// <summary>
/// The migration that adds the coverage counts fills them for the rows already stored: the same rule
/// as CoverageCounts (distinct originals in French naming the entity), in SQL both providers read.
/// </summary>
public static class CoverageFill
{
    public static readonly IReadOnlyList<string> Statements = [Fill("Organizations", "OrganizationId"), Fill("People", "PersonId")];

    private static string Fill(string table, string key) => $"""
        UPDATE "{table}" SET "ArticleCount" = (
            SELECT COUNT(DISTINCT m."ArticleId") FROM "Mentions" m JOIN "Articles" a ON a."Id" = m."ArticleId"
            WHERE m."{key}" = "{table}"."Id" AND a."DuplicateOfId" IS NULL AND (a."Language" IS NULL OR a."Language" = 'fr'))
        """;
}
