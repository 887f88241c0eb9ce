using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Web.Cli;

/// <summary>What an import did, in one French line plus one line per failure: for the CLI and the operator page.</summary>
internal static class ImportSummary
{
    public static void Print(TextWriter w, IReadOnlyList<IngestOutcome> outcomes)
    {
        w.WriteLine(Describe(outcomes));
        foreach (var failure in outcomes.Where(o => o.Status == IngestStatus.Failed))
            w.WriteLine($"  échec : {failure.Location} — {failure.Reason}");
    }

    /// <summary>The counts' line, in French; the operator page passes its translation.</summary>
    public const string Counts = "Nouveaux : {0}, inchangés : {1}, quasi-doublons : {2}, en échec : {3}";

    public static string Describe(IReadOnlyList<IngestOutcome> outcomes, string counts = Counts)
    {
        int Count(IngestStatus s) => outcomes.Count(o => o.Status == s);
        var line = string.Format(counts, Count(IngestStatus.New), Count(IngestStatus.Unchanged), Count(IngestStatus.NearDuplicate), Count(IngestStatus.Failed));
        var reasons = outcomes.Where(o => o.Status == IngestStatus.Failed).Select(o => o.Reason).Distinct().ToList();
        return reasons.Count == 0 ? line : $"{line} ({string.Join(" ; ", reasons)})";
    }
}
