namespace AIMediaTracker.Ingestion.Pipeline;

public enum IngestStatus
{
    New,
    Unchanged,
    NearDuplicate,
    Failed,
}

/// <summary>What became of one input: the stored article's id, or the reason it failed.</summary>
public sealed record IngestOutcome(string Location, IngestStatus Status, int? ArticleId = null, string? Reason = null)
{
    public static IngestOutcome Failed(string location, string reason) => new(location, IngestStatus.Failed, null, reason);
}
