namespace AIMediaTracker.Web.Hosting;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Folder imported at every start; files already stored are skipped. Empty disables it.</summary>
    public string SeedsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>How often registered feeds are polled; zero turns polling off.</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromMinutes(30);
}
