namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>Why a fetch failed, so callers can tell refusals (never retry) from passing trouble (retry later).</summary>
public enum FetchFailure
{
    AddressRefused,
    SchemeRefused,
    TooManyRedirects,
    TooLarge,
    UnsupportedContentType,
    Timeout,
    HttpError,
    Unreachable,
}
