namespace AIMediaTracker.Core.Model;

/// <summary>The kinds of the extraction contract; <see cref="Other"/> is never scored.</summary>
public enum FigureKind
{
    JobsLost,
    JobsAtRisk,
    JobsAffected,
    JobsCreated,
    Workforce,
    ShareOfJobs,
    Money,
    Other,
}
