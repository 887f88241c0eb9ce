namespace AIMediaTracker.Ingestion.Fetching;

public enum FetchStatus
{
    /// <summary>200: the body holds the page.</summary>
    Ok,

    /// <summary>304 after a conditional request: the copy kept from last time is still current; the body is empty.</summary>
    NotModified,
}
