using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// What every correction shares: one transaction for its changes and its audit line, and the
/// who/when/what line itself.
/// </summary>
internal static class CorrectionLog
{
    /// <summary>One correction, one transaction: the bulk updates and the audit line land together or not at all.</summary>
    public static async Task<T> InTransactionAsync<T>(TrackerDbContext db, Func<Task<T>> correction, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await correction();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    public static void Add(TrackerDbContext db, TimeProvider clock, string operatorName, string subject, long subjectId, string action, string detail) =>
        db.Corrections.Add(new Correction
        {
            At = clock.GetUtcNow(), OperatorName = operatorName, Subject = subject, SubjectId = subjectId,
            Action = action, Detail = detail,
        });
}
