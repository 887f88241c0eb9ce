namespace AIMediaTracker.Web.Cli;

/// <summary>The subcommands, each with one line of help, in the style of `dotnet ef`.</summary>
public static class CommandLine
{
    private sealed record Command(string Name, string Usage, string Summary, Func<string[], Task<int>> Run);

    private static readonly Command[] Commands =
    [
        new("serve", "serve [--urls URL]", "Démarre le site (commande par défaut).", ServeCommand.RunAsync),
        new("extract", "extract [--with-text] PATH|URL...", "Affiche les entités de chaque article en JSON Lines (contrat d'extraction).", ExtractCommand.RunAsync),
        new("import", "import PATH|URL...", "Importe des fichiers, dossiers ou pages dans la base.", ImportCommand.RunAsync),
        new("export", "export [FICHIER]", "Écrit tous les enregistrements en JSON Lines (sortie standard par défaut).", ExportCommand.ExportAsync),
        new("import-dump", "import-dump FICHIER", "Restaure un export dans une base vide.", ExportCommand.ImportDumpAsync),
        new("reextract", "reextract [--all]", "Reconstruit les entités des articles stockés, sans les retélécharger.", ReextractCommand.RunAsync),
        new("add-operator", "add-operator NOM", "Crée un compte d'opérateur (mot de passe demandé, ou lu sur l'entrée standard).", OperatorCommands.AddOperatorAsync),
        new("add-api-key", "add-api-key NOM [LIBELLÉ]", "Crée une clé d'API d'écriture pour un opérateur et l'affiche une seule fois.", OperatorCommands.AddApiKeyAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "-h"))
            return await ServeCommand.RunAsync(args);
        if (args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(Console.Out);
            return 0;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            Console.Error.WriteLine($"Commande inconnue « {args[0]} ». Commandes disponibles : {string.Join(", ", Commands.Select(c => c.Name))}.");
            Console.Error.WriteLine("Voir AIMediaTracker.Web --help.");
            return 2;
        }
        try
        {
            return await command.Run(args[1..]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Every command ends with one sentence and a non-zero code; the trace helps no journalist.
            Console.Error.WriteLine(CommandFailure.Describe(command.Name, e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerException! : e));
            return 1;
        }
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("AIMediaTracker — suivi de l'IA générative dans les médias et la création.");
        w.WriteLine();
        w.WriteLine("Usage : AIMediaTracker.Web [commande] [options]");
        w.WriteLine();
        foreach (var c in Commands) w.WriteLine($"  {c.Usage,-36} {c.Summary}");
        w.WriteLine();
        w.WriteLine("Configuration : ConnectionStrings__Default=\"Data Source=/chemin/tracker.db\" choisit la base.");
    }
}
