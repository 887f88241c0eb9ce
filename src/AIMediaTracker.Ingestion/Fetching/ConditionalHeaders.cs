namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>Validators kept from an earlier fetch, sent back so an unchanged page costs a 304.</summary>
public sealed record ConditionalHeaders(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && LastModified is null;
}
