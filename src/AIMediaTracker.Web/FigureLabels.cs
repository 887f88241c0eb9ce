using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Web;

/// <summary>
/// How figures read in French: kinds, bases, units and amounts ("800 millions $", "204 000 emplois").
/// Kinds and bases are Core's enums; each value has its French label here and its English one in
/// Localization/en.json, and a test fails when a value lacks either.
/// </summary>
public static class FigureLabels
{
    internal static readonly IReadOnlyDictionary<FigureKind, string> KindLabels = new Dictionary<FigureKind, string>
    {
        [FigureKind.JobsLost] = "Emplois supprimés",
        [FigureKind.JobsAtRisk] = "Emplois menacés",
        [FigureKind.JobsAffected] = "Emplois touchés",
        [FigureKind.JobsCreated] = "Emplois créés",
        [FigureKind.Workforce] = "Effectifs",
        [FigureKind.ShareOfJobs] = "Part des emplois",
        [FigureKind.Money] = "Montant",
        [FigureKind.Other] = "Autre",
    };

    internal static readonly IReadOnlyDictionary<FigureBasis, string> BasisLabels = new Dictionary<FigureBasis, string>
    {
        [FigureBasis.Reported] = "Constaté ou annoncé",
        [FigureBasis.Projected] = "Estimation",
    };

    /// <summary>Every contract kind, in the order an operator picks from.</summary>
    public static readonly IReadOnlyList<string> Kinds = Enum.GetValues<FigureKind>().Select(FigureKindNames.ToContractName).ToList();

    /// <summary>Every contract basis, in the order an operator picks from.</summary>
    public static readonly IReadOnlyList<string> Bases = Enum.GetValues<FigureBasis>().Select(FigureKindNames.ToContractName).ToList();

    /// <summary>The label of a stored kind ("jobs_lost"); a name the contract does not know reads « Autre ».</summary>
    public static string Kind(string kind) =>
        Localization.Translator.Of(KindLabels[Kinds.Contains(kind) ? FigureKindNames.Parse(kind) : FigureKind.Other]);

    /// <summary>The label of a stored basis ("reported", "projected").</summary>
    public static string Basis(string basis) =>
        Localization.Translator.Of(BasisLabels[Bases.Contains(basis) ? FigureKindNames.ParseBasis(basis) : FigureBasis.Reported]);

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
