using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Ingestion.Pipeline;

/// <summary>Reads an article file from disk, refusing what it cannot safely read with a sentence a person understands.</summary>
public static class FileLoader
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static ArticleDocument Load(string path, long maxBytes = DefaultMaxBytes)
    {
        if (!File.Exists(path)) throw new ArticleReadException(Directory.Exists(path) ? "Ce chemin est un dossier, pas un fichier." : "Fichier introuvable.");
        if (!DocumentReader.TryGetFormat(path, out var format))
            throw new ArticleReadException($"Format non pris en charge « {Path.GetExtension(path)} » : attendu .txt, .md, .html ou .htm.");
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            throw new ArticleReadException($"Fichier trop volumineux ({length / 1024 / 1024} Mo) : la limite est de {maxBytes / 1024 / 1024} Mo.");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException($"Lecture impossible : {e.Message}");
        }
        return EnsureText(DocumentReader.Read(bytes, format));
    }

    /// <summary>A page with no main text (an empty or malformed body) is an error, not an empty article.</summary>
    public static ArticleDocument EnsureText(ArticleDocument document) =>
        document.Body.Trim().Length == 0
            ? throw new ArticleReadException("Aucun texte d'article trouvé : la page est vide ou n'a pas de corps lisible.")
            : document;
}

/// <summary>An input that is not a readable article; the message is meant for the operator.</summary>
public sealed class ArticleReadException(string message) : UnreadableContentException(message);
