namespace AIMediaTracker.Core.Model;

/// <summary>Maps figure kinds to and from the contract's snake_case names.</summary>
public static class FigureKindNames
{
    private static readonly Dictionary<FigureKind, string> Names = new()
    {
        [FigureKind.JobsLost] = "jobs_lost",
        [FigureKind.JobsAtRisk] = "jobs_at_risk",
        [FigureKind.JobsAffected] = "jobs_affected",
        [FigureKind.JobsCreated] = "jobs_created",
        [FigureKind.Workforce] = "workforce",
        [FigureKind.ShareOfJobs] = "share_of_jobs",
        [FigureKind.Money] = "money",
        [FigureKind.Other] = "other",
    };

    private static readonly Dictionary<string, FigureKind> Kinds =
        Names.ToDictionary(p => p.Value, p => p.Key);

    public static string ToContractName(this FigureKind kind) => Names[kind];

    public static string ToContractName(this FigureBasis basis) => basis == FigureBasis.Projected ? "projected" : "reported";

    public static FigureBasis ParseBasis(string name) => name switch
    {
        "reported" => FigureBasis.Reported,
        "projected" => FigureBasis.Projected,
        _ => throw new ArgumentException($"Unknown figure basis '{name}'.", nameof(name)),
    };

    public static FigureKind Parse(string name) =>
        Kinds.TryGetValue(name, out var kind)
            ? kind
            : throw new ArgumentException($"Unknown figure kind '{name}'.", nameof(name));
}
