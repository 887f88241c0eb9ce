using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>Adds the who/when/what line of a correction to the unit of work that makes it.</summary>
internal static class CorrectionLog
{
    public static void Add(TrackerDbContext db, TimeProvider clock, string operatorName, string subject, int subjectId, string action, string detail) =>
        db.Corrections.Add(new Correction
        {
            At = clock.GetUtcNow(), OperatorName = operatorName, Subject = subject, SubjectId = subjectId,
            Action = action, Detail = detail,
        });
}
