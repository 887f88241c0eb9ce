namespace AIMediaTracker.Web.Cli;

/// <summary>Tells command-line URLs from paths: only absolute http(s) addresses are fetched.</summary>
internal static class WebAddress
{
    public static bool TryParse(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";
}
