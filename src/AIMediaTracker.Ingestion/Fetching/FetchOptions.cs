namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>Limits for fetching pages and feeds; bind with <c>BindConfiguration("Ingestion:Fetch")</c>.</summary>
public sealed class FetchOptions
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    public const string DefaultUserAgent = "AIMediaTracker/1.0 (+https://github.com/aimediatracker)";

    /// <summary>Largest body accepted, counted after decompression.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>For the whole fetch: every redirect hop and reading the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>
    /// Hosts that may be fetched even though they resolve to a non-public address, as "host" (any port)
    /// or "host:port": "127.0.0.1", "localhost:5123", "[::1]:8080", "intranet.example". Empty by default.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}
