namespace AIMediaTracker.TestSupport;

/// <summary>Files of ../shared beside the checkout, or an exception that says what is missing and where it was looked for.</summary>
public static class SharedCorpus
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "AIMediaTracker.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException($"AIMediaTracker.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    public static string Path(params string[] parts)
    {
        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        if (!Directory.Exists(shared))
            throw new DirectoryNotFoundException($"The shared corpus is missing: expected the folder {shared} beside the checkout (see README).");
        var path = System.IO.Path.Combine([shared, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path
            : throw new FileNotFoundException($"The shared corpus has no {path}.", path);
    }
}
