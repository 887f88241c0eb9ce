namespace AIMediaTracker.Data.Entities;

/// <summary>An input that could not be ingested, kept so the operator sees why.</summary>
public sealed class ImportFailure
{
    public long Id { get; set; }
    public int? SourceId { get; set; }
    public required string Location { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
