using System.Globalization;

namespace AIMediaTracker.Web;

/// <summary>How figures read in French: kinds, units and amounts ("800 millions $", "204 000 emplois").</summary>
public static class FigureLabels
{
    private static readonly CultureInfo French = Format.French;

    public static string Kind(string kind) => kind switch
    {
        "jobs_lost" => "Emplois supprimés",
        "jobs_at_risk" => "Emplois menacés",
        "jobs_affected" => "Emplois touchés",
        "workforce" => "Effectifs",
        "share_of_jobs" => "Part des emplois",
        "money" => "Montant",
        _ => "Autre",
    };

    public static string Value(double value, string unit) => unit switch
    {
        "percent" => $"{Number(value)} %",
        "jobs" => $"{Number(value)} emplois",
        "people" => $"{Number(value)} personnes",
        _ => Money(value, unit),
    };

    public static string Number(double value) => value.ToString("#,0.##", French);

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
