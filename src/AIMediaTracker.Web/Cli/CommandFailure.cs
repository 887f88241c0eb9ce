using System.Data.Common;

namespace AIMediaTracker.Web.Cli;

/// <summary>
/// What the user reads when a command fails: one French sentence, never a stack trace. Known
/// failures say what to check; anything else still ends in one line with the system's own words.
/// </summary>
internal static class CommandFailure
{
    public static string Describe(string command, Exception e) => e switch
    {
        DirectoryNotFoundException => $"« {command} » a échoué : un dossier du chemin n'existe pas ({e.Message}).",
        FileNotFoundException f => $"« {command} » a échoué : fichier introuvable ({f.FileName ?? f.Message}).",
        UnauthorizedAccessException => $"« {command} » a échoué : accès refusé ({e.Message}).",
        IOException => $"« {command} » a échoué : erreur de lecture ou d'écriture ({e.Message}).",
        DbException => $"« {command} » a échoué : la base de données a refusé l'opération ({e.Message.Trim()}).",
        InvalidDataException or FormatException or System.Text.Json.JsonException => $"« {command} » a échoué : données invalides ({e.Message}).",
        _ => $"« {command} » a échoué : {e.GetType().Name} ({e.Message}).",
    };

    /// <summary>A bare option the command does not know (`reextract --bogus`), or null. `--Clé=valeur` passes: it is configuration.</summary>
    public static string? UnknownOption(string command, IEnumerable<string> args, params string[] known)
    {
        var unknown = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && !a.Contains('=') && !known.Contains(a));
        if (unknown is null) return null;
        var accepted = known.Length == 0 ? "elle n'en accepte aucune" : "options acceptées : " + string.Join(", ", known);
        return $"Option inconnue « {unknown} » pour {command} ({accepted} ; la configuration s'écrit --Clé=valeur).";
    }
}
