using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Ingestion.Sources;

/// <summary>Expands command-line paths: a file stands for itself, a folder for its article files sorted by name.</summary>
public static class FileSource
{
    public static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path)
                .Where(f => DocumentReader.TryGetFormat(f, out _))
                .Order(StringComparer.Ordinal);
        }
        return [path];
    }
}
