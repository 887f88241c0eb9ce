using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Providers;
using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// The statements that keep <see cref="ClaimTally"/> rows: the claim ledger adds the claims it writes and
/// takes away those it deletes, in the same transaction; the migration and the ledger's rebuild count
/// everything. Ids are written into the SQL as numbers, as in <see cref="CoMentionSql"/>.
/// </summary>
public static class ClaimTallySql
{
    public const int IdsPerStatement = 5000;

    /// <summary>
    /// Adds (<paramref name="sign"/> +1) or takes away (-1) these claims, then drops rows left at zero.
    /// Taking away must run while the claims are still stored.
    /// </summary>
    public static IEnumerable<string> Shift(DatabaseDialect dialect, IReadOnlyCollection<long> claimIds, int sign)
    {
        if (claimIds.Count == 0) yield break;
        // In slices: a rebuild or an organisation's merge writes every claim, 800 000 at 100 000 articles,
        // too many numbers for one statement.
        foreach (var slice in claimIds.Chunk(IdsPerStatement))
        {
            var claims = string.Join(", ", slice.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            yield return Upsert(dialect, sign, $"""c."Id" IN ({claims})""");
        }
        if (sign < 0) yield return """DELETE FROM "ClaimTallies" WHERE "Claims" <= 0""";
    }

    /// <summary>Everything counted from scratch.</summary>
    public static IEnumerable<string> RecountAll(DatabaseDialect dialect)
    {
        yield return """DELETE FROM "ClaimTallies" """;
        yield return Upsert(dialect, +1, Counted("c"));
    }

    /// <summary>
    /// The claims the dashboard's counters add up: reported cuts and creations counted in jobs or people.
    /// Unqualified, the filter of the partial index <c>IX_Claims_ReportedJobs</c>.
    /// </summary>
    public static string Counted(string? alias = null)
    {
        var a = alias is null ? "" : alias + ".";
        return $"""{a}"Basis" = '{ClaimQueries.Reported}' AND {a}"Kind" IN ({Quoted(DashboardQueries.CountedKinds)})"""
            + $""" AND {a}"Unit" IN ({Quoted(DashboardQueries.JobUnits)})""";
    }

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    // The counted claims of a write, summed along each dimension in turn. The claims named are read first,
    // by id (MATERIALIZED): left to itself, SQLite answered each branch from the reported-jobs index, 90 000
    // entries at 100 000 articles, 80 ms a statement. "WHERE" before ON CONFLICT: SQLite would otherwise
    // read the ON as a join's.
    private static string Upsert(DatabaseDialect dialect, int sign, string which)
    {
        var (grade, month, company) = ("""COALESCE(s."Grade", '')""", $"""COALESCE({dialect.MonthNumber("s.\"FirstSeen\"")}, 0)""",
            """COALESCE(s."SubjectOrganizationId", 0)""");
        // Grouped by the dimension's own expression; the other two are written as constants, which must stay
        // out of GROUP BY (a number there reads as a column's position).
        string Along(ClaimTallyDimension by, string key) => $"""
            SELECT s."Kind", s."Sector", {(int)by} AS "By", {(by == ClaimTallyDimension.Grade ? key : "''")} AS "Grade",
                   {(by == ClaimTallyDimension.Month ? key : "0")} AS "Month", {(by == ClaimTallyDimension.Company ? key : "0")} AS "CompanyId",
                   {sign} * SUM(s."Value") AS "Jobs", {sign} * COUNT(*) AS "Claims"
            FROM s WHERE {Counted("s")}
            GROUP BY s."Kind", s."Sector", {key}
            """;
        return $"""
            WITH s AS MATERIALIZED (
                SELECT c."Kind", c."Sector", c."Grade", c."FirstSeen", c."SubjectOrganizationId", c."Value", c."Basis", c."Unit"
                FROM "Claims" c WHERE {which})
            INSERT INTO "ClaimTallies" ("Kind", "Sector", "By", "Grade", "Month", "CompanyId", "Jobs", "Claims")
            SELECT * FROM (
            {Along(ClaimTallyDimension.Grade, grade)}
            UNION ALL
            {Along(ClaimTallyDimension.Month, month)}
            UNION ALL
            {Along(ClaimTallyDimension.Company, company)}
            ) AS t
            WHERE 1 = 1
            ON CONFLICT ("Kind", "Sector", "By", "Grade", "Month", "CompanyId")
            DO UPDATE SET "Jobs" = "ClaimTallies"."Jobs" + excluded."Jobs", "Claims" = "ClaimTallies"."Claims" + excluded."Claims"
            """;
    }
}
