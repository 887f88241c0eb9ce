namespace AIMediaTracker.Web.Tests.Support;

/// <summary>One app on a fresh database with the seeds, shared by the tests of a class that only read.</summary>
public sealed class SeededApp : IDisposable
{
    public TrackerFactory Factory { get; } = new();

    public SeededApp() => _ = Factory.Server;

    public void Dispose() => Factory.Dispose();
}
