using AIMediaTracker.TestSupport;
namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Where tests leave what a person may want to look at: artifacts/ at the repository root.</summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var path = Path.Combine(SharedCorpus.RepositoryRoot, "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
