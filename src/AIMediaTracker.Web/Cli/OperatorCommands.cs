using System.Text;
using AIMediaTracker.Web.Security;

namespace AIMediaTracker.Web.Cli;

/// <summary>
/// `add-operator NAME` creates an operator account; the password is typed twice without echo, or
/// read from standard input when it is piped (for scripts). There is no default account or password.
/// `add-api-key NAME [LABEL]` prints a new API key for that operator, once.
/// </summary>
public static class OperatorCommands
{
    public static async Task<int> AddOperatorAsync(string[] args)
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (CommandFailure.UnknownOption("add-operator", args) is { } unknown)
        {
            Console.Error.WriteLine(unknown);
            return 2;
        }
        if (name is null)
        {
            Console.Error.WriteLine("Usage : add-operator NOM   (le mot de passe est demandé, ou lu sur l'entrée standard)");
            return 2;
        }
        var password = ReadPassword();
        if (password is null) return 1;
        using var cts = new CancellationTokenSource();
        using var host = await CliHost.StartAsync(args.Where(a => a != name).ToArray(), cts.Token);
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(name, password, cts.Token);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        Console.WriteLine($"Opérateur « {name.Trim()} » créé. Connexion sur /connexion.");
        return 0;
    }

    public static async Task<int> AddApiKeyAsync(string[] args)
    {
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (words.Length == 0)
        {
            Console.Error.WriteLine("Usage : add-api-key NOM_OPÉRATEUR [LIBELLÉ]");
            return 2;
        }
        using var cts = new CancellationTokenSource();
        using var host = await CliHost.StartAsync(args.Except(words).ToArray(), cts.Token);
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            var key = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>()
                .CreateApiKeyAsync(words[0], words.Length > 1 ? string.Join(' ', words[1..]) : "ligne de commande", cts.Token);
            Console.Error.WriteLine("Clé créée ; elle ne sera plus affichée. À envoyer dans l'en-tête X-Api-Key :");
            Console.WriteLine(key);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            if (string.IsNullOrEmpty(line))
                Console.Error.WriteLine("Aucun mot de passe lu sur l'entrée standard : envoyez-le sur la première ligne (printf '%s\\n' \"$MOT_DE_PASSE\" | add-operator NOM) ; rien n'a été créé.");
            return string.IsNullOrEmpty(line) ? null : line;
        }
        var first = Prompt("Mot de passe (12 caractères au moins) : ");
        var second = Prompt("Confirmez : ");
        if (first == second) return first;
        Console.Error.WriteLine("Les deux saisies diffèrent ; rien n'a été créé.");
        return null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
