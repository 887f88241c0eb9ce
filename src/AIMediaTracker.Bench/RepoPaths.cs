namespace AIMediaTracker.Bench;

/// <summary>The checkout's root (where AIMediaTracker.sln is) and the shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AIMediaTracker.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>`../shared` next to the checkout, or null when this machine has none.</summary>
    public static string? Shared(string? root) =>
        root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared")) is var s && Directory.Exists(s) ? s : null;
}
