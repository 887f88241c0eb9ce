using AIMediaTracker.Ingestion.Pipeline;

namespace AIMediaTracker.Web.Cli;

internal static class ImportSummary
{
    public static void Print(TextWriter w, IReadOnlyList<IngestOutcome> outcomes)
    {
        int Count(IngestStatus s) => outcomes.Count(o => o.Status == s);
        w.WriteLine($"Nouveaux : {Count(IngestStatus.New)}, inchangés : {Count(IngestStatus.Unchanged)}, " +
                    $"quasi-doublons : {Count(IngestStatus.NearDuplicate)}, en échec : {Count(IngestStatus.Failed)}");
        foreach (var failure in outcomes.Where(o => o.Status == IngestStatus.Failed))
            w.WriteLine($"  échec : {failure.Location} — {failure.Reason}");
    }
}
