namespace AIMediaTracker.Web;

/// <summary>How figures read in French: kinds, units and amounts ("800 millions $", "204 000 emplois").</summary>
public static class FigureLabels
{
    /// <summary>Every contract kind, in the order an operator picks from.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        Enum.GetValues<AIMediaTracker.Core.Model.FigureKind>().Select(AIMediaTracker.Core.Model.FigureKindNames.ToContractName).ToList();

    public static string Kind(string kind) => Localization.Translator.Of(kind switch
    {
        "jobs_lost" => "Emplois supprimés",
        "jobs_at_risk" => "Emplois menacés",
        "jobs_affected" => "Emplois touchés",
        "jobs_created" => "Emplois créés",
        "workforce" => "Effectifs",
        "share_of_jobs" => "Part des emplois",
        "money" => "Montant",
        _ => "Autre",
    });

    public static string Value(double value, string unit) => unit switch
    {
        "percent" => $"{Number(value)} %",
        "jobs" => $"{Number(value)} {Localization.Translator.Of("emplois")}",
        "people" => $"{Number(value)} {Localization.Translator.Of("personnes")}",
        _ => Money(value, unit),
    };

    public static string Number(double value) => Format.Number(value);

    private static string Money(double value, string currency)
    {
        var symbol = currency switch { "EUR" => "€", "USD" => "$", "GBP" => "£", _ => currency };
        return Math.Abs(value) switch
        {
            >= 1e9 => $"{Number(value / 1e9)} Md{symbol}",
            >= 1e6 => $"{Number(value / 1e6)} M{symbol}",
            _ => $"{Number(value)} {symbol}",
        };
    }
}
