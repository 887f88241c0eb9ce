using AIMediaTracker.Data;
using AIMediaTracker.Data.Dump;
using AIMediaTracker.Ingestion.Claims;

namespace AIMediaTracker.Web.Cli;

/// <summary>`export [FILE]` writes every record as JSON Lines; `import-dump FILE` restores them into an empty database.</summary>
public static class ExportCommand
{
    public static async Task<int> ExportAsync(string[] args)
    {
        var target = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (CommandFailure.UnknownOption("export", args) is { } unknown)
        {
            Console.Error.WriteLine(unknown);
            return 2;
        }
        if (target is not null && Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"Export impossible : le dossier {folder} n'existe pas ; rien n'a été écrit.");
            return 1;
        }
        using var host = await CliHost.StartAsync(args.Where(a => a != target).ToArray(), CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        await using var output = target is null ? Console.OpenStandardOutput() : File.Create(target);
        var rows = await scope.ServiceProvider.GetRequiredService<DatabaseDump>().ExportAsync(output, CancellationToken.None);
        Console.Error.WriteLine($"{rows} enregistrement(s) exporté(s){(target is null ? "" : " dans " + target)}.");
        return 0;
    }

    public static async Task<int> ImportDumpAsync(string[] args)
    {
        var source = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (CommandFailure.UnknownOption("import-dump", args) is { } unknown)
        {
            Console.Error.WriteLine(unknown);
            return 2;
        }
        if (source is null || !File.Exists(source))
        {
            Console.Error.WriteLine(source is null ? "Usage : import-dump FICHIER.jsonl" : $"Fichier introuvable : {source}");
            return 2;
        }
        using var host = await CliHost.StartAsync(args.Where(a => a != source).ToArray(), CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        using var input = File.OpenText(source);
        try
        {
            var rows = await scope.ServiceProvider.GetRequiredService<DatabaseDump>().ImportAsync(input, CancellationToken.None);
            // The ledger is not in the dump (it is derived from the figures): build it now, with the same claim ids.
            await new ClaimLedger(scope.ServiceProvider.GetRequiredService<TrackerDbContext>()).BuildIfStaleAsync(CancellationToken.None);
            Console.WriteLine($"{rows} enregistrement(s) restauré(s).");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"Restauration refusée : {e.Message} Rien n'a été écrit.");
            return 1;
        }
    }
}
