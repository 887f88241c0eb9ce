namespace AIMediaTracker.Ingestion.Tests.Support;

/// <summary>Files of ../shared beside the checkout; a clear failure when it is absent.</summary>
public static class SharedCorpus
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "AIMediaTracker.sln"))) continue;
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([dir.FullName, "..", "shared", .. parts]));
            return File.Exists(path) || Directory.Exists(path) ? path
                : throw new FileNotFoundException($"Fichier du corpus partagé absent : {path}. Ces tests lisent ../shared à côté du dépôt.", path);
        }
        throw new DirectoryNotFoundException($"AIMediaTracker.sln introuvable au-dessus de {AppContext.BaseDirectory}.");
    }
}
