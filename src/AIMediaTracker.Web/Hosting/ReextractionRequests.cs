using System.Threading.Channels;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// Asks the background <see cref="ReextractionService"/> to rebuild records: an operator's request
/// returns at once instead of holding a request open while thousands of articles are re-read.
/// </summary>
public sealed class ReextractionRequests
{
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>True when queued; false when a request is already waiting (it will cover this one).</summary>
    public bool Request(bool all) => requests.Writer.TryWrite(all);

    internal ChannelReader<bool> Reader => requests.Reader;
}
