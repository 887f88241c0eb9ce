using System.Data.Common;
using AIMediaTracker.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Providers;

/// <summary>
/// What differs between SQLite and PostgreSQL outside EF's own translation, in one place: the SQL the
/// hand-written writers need, and the guarantees the importer relies on. The rest of the code asks the
/// dialect instead of testing the provider. (Full-text search, whose two engines differ in more than
/// syntax, keeps its two query bodies in <c>Queries/SearchQueries</c>; the migrations are per provider.)
/// </summary>
public abstract class DatabaseDialect
{
    public static DatabaseDialect Of(DbContext db) => db.Database.IsNpgsql() ? PostgresDialect.Instance : SqliteDialect.Instance;

    /// <summary>
    /// Whether a row with a higher generated id is never visible before one with a lower id. True when
    /// the database runs one write transaction at a time (SQLite); an importer catching up on other
    /// writers' rows by « id greater than the last seen » may then skip none.
    /// </summary>
    public abstract bool CommitsIdsInOrder { get; }

    /// <summary>The provider's fastest insert of many rows of <paramref name="table"/> (see <see cref="Writing.BulkInsert"/>).</summary>
    public abstract BulkInsert BulkInsert(TrackerDbContext db, TableColumns table);

    /// <summary>
    /// SELECT "Id", "Bucket", "MinValue", "MaxValue" of the claims near each probe of the JSON array
    /// <paramref name="parameter"/> ([bucket, low, high] each): the claims of that bucket whose lowest
    /// value lies in [low, high], and the one whose lowest value comes last below low (see NearClaims).
    /// </summary>
    public string ClaimsNearProbes(string parameter)
    {
        var (probes, bucket, low, high) = (JsonArrayRows(parameter, "p"), "p.value ->> 0", JsonDouble("p.value ->> 1"), JsonDouble("p.value ->> 2"));
        return $"""
            SELECT c."Id", c."Bucket", c."MinValue", c."MaxValue" FROM {probes}
            JOIN "Claims" AS c ON c."Bucket" = {bucket} AND c."MinValue" BETWEEN {low} AND {high}
            UNION
            SELECT c."Id", c."Bucket", c."MinValue", c."MaxValue" FROM {probes}
            JOIN "Claims" AS c ON c."Id" = (SELECT b."Id" FROM "Claims" AS b
                WHERE b."Bucket" = {bucket} AND b."MinValue" < {low} ORDER BY b."MinValue" DESC LIMIT 1)
            """;
    }

    /// <summary>A FROM item over the elements of the JSON array <paramref name="parameter"/>, each as <c>{alias}.value</c>.</summary>
    protected abstract string JsonArrayRows(string parameter, string alias);

    /// <summary>A JSON number read as text (<c>-&gt;&gt;</c>) as a double precision value.</summary>
    protected abstract string JsonDouble(string text);

    /// <summary>SQL for the month of a date column as year × 100 + month (202403): the two store dates differently.</summary>
    public abstract string MonthNumber(string dateColumn);

    /// <summary>Run once after the migrations.</summary>
    public virtual Task AfterMigrateAsync(DbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>On the connection an import of many batches keeps open from its first batch to its last.</summary>
    public virtual Task BeforeImportAsync(DbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>After that import's last batch, or its failure, on the same connection: undoes <see cref="BeforeImportAsync"/>.</summary>
    public virtual Task AfterImportAsync(DbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Adds articles just written to the full-text index, in the writer's transaction: those of
    /// <paramref name="articleIds"/>, or every article when it is null (a restored dump). PostgreSQL's
    /// index is a generated column the database keeps; SQLite's is written here (see <see cref="SqliteDialect"/>).
    /// </summary>
    public virtual Task IndexArticleTextAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<int>? articleIds, CancellationToken ct) => Task.CompletedTask;

    /// <summary>After rows were written with explicit ids (a restored dump): the next generated id follows them.</summary>
    public virtual Task ResetGeneratedIdAsync(DbConnection connection, DbTransaction tx, string table, CancellationToken ct) => Task.CompletedTask;
}
