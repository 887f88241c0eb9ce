namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>A page that could not be fetched or was refused; the message is in French, for the operator.</summary>
public sealed class FetchException(FetchFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public FetchFailure Failure { get; } = failure;

    /// <summary>The HTTP status when the server answered with an error.</summary>
    public int? StatusCode { get; init; }

    /// <summary>True for trouble that may pass (timeouts, server errors, unreachable hosts).</summary>
    public bool IsTransient => Failure is FetchFailure.Timeout or FetchFailure.Unreachable
        || (Failure == FetchFailure.HttpError && StatusCode is null or >= 500 or 429 or 408);
}
