namespace AIMediaTracker.Data.Queries;

public sealed record HeadlineCounts(int Articles, int Sources, int Organizations, int People, int Claims);

/// <summary>
/// One impact claim: the same kind, value, unit, sector and year cited by one or more articles.
/// <see cref="FigureId"/> and <see cref="ArticleId"/> point at its first citation, for the link to its sentence.
/// </summary>
public sealed record Claim(
    string Kind, double Value, string Unit, string? Sector, int? Year, bool Approximate,
    int Citations, long FigureId, int ArticleId, string ArticleTitle, string Text);

public sealed record CountPoint(string Label, int Count, string Key);

public sealed record SectorJobs(string Sector, string Kind, double Total, int Claims);

public sealed record DashboardView(
    HeadlineCounts Counts,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<CountPoint> WeeklyCoverage,
    IReadOnlyList<CountPoint> TopOrganizations,
    IReadOnlyList<SectorJobs> JobsBySector,
    IReadOnlyList<CountPoint> ClaimsByYear);
