namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Finds ../shared beside the checkout, or fails the test with a message that says what is missing.</summary>
public static class SharedCorpus
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "AIMediaTracker.sln"))) return dir.FullName;
            throw new InvalidOperationException("AIMediaTracker.sln not found above the test binaries.");
        }
    }

    public static string Path(params string[] parts)
    {
        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        if (!Directory.Exists(shared))
            Assert.Fail($"The shared corpus is missing: expected the folder {shared} beside the checkout (see README).");
        var path = System.IO.Path.Combine([shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Fail($"The shared corpus has no {path}.");
        return path;
    }
}
