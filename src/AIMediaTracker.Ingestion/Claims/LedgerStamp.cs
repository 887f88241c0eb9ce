using AIMediaTracker.Core.Claims;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// The rules a stored ledger was built with. The ledger is kept by every write with the running code's
/// rules, so it only goes stale when those rules change between two runs: start-up compares the stored
/// stamp (<c>LedgerStates</c>) with this one and rebuilds on a difference. The extractor's version is not
/// part of it: a new extractor re-extracts the articles, and each re-extraction refreshes their claims.
/// </summary>
public static class LedgerStamp
{
    /// <summary>
    /// Raise it whenever the grouping changes: which figures are eligible (<see cref="LedgerFigures"/>),
    /// their buckets (<see cref="ClaimBuckets"/>), the tolerance or the id (<see cref="ClaimGrouping"/>),
    /// or what a claim row stores.
    /// </summary>
    public const int RulesVersion = 6;

    /// <summary>The running code's stamp: grouping rules, AI grade rules and the sector list.</summary>
    public static string Current { get; } = Of(RulesVersion, AiLinkGrader.Version, SectorVocabulary.Fingerprint);

    public static string Of(int rules, int grader, string sectors) => $"rules {rules}; grades {grader}; sectors {sectors}";
}
