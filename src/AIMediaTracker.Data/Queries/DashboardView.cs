namespace AIMediaTracker.Data.Queries;

/// <summary>Coverage counts: articles, sources, organisations and people named, distinct claims.</summary>
public sealed record HeadlineCounts(int Articles, int Sources, int Organizations, int People, int Claims);

/// <summary>A sum over distinct claims (each counted once, whatever its citations) and how many claims make it.</summary>
public sealed record ClaimTotal(double Jobs, int Claims)
{
    public static readonly ClaimTotal Zero = new(0, 0);
}

/// <summary>
/// The headline: jobs cut as reported (kind jobs_lost, basis reported), each claim once, with the three
/// grades of their tie to AI apart, and jobs created (jobs_created, reported) beside them. <see cref="WithoutCompany"/>:
/// the part of the cuts whose subject is no identified company (a sector's, a country's or a study's tally), which may
/// hold companies' own announcements counted beside them.
/// </summary>
public sealed record ReportedJobs(ClaimTotal Cuts, ClaimTotal Explicit, ClaimTotal Attributed, ClaimTotal Unclear, ClaimTotal Created, ClaimTotal WithoutCompany);

/// <summary>Reported cuts and creations of the month starting on <see cref="Month"/> (of their first citation); Web names it.</summary>
public sealed record MonthJobs(DateOnly Month, double Cuts, int CutClaims, double Created, int CreatedClaims);

/// <summary>Reported cuts of one company, the claims' subject (their employer).</summary>
public sealed record CompanyJobs(string? Slug, string Name, double Cuts, int Claims);

public sealed record CountPoint(string Label, int Count, string Key);

public sealed record DashboardView(
    HeadlineCounts Counts,
    ReportedJobs Jobs,
    IReadOnlyList<MonthJobs> JobsByMonth,
    IReadOnlyList<CompanyJobs> CutsByCompany,
    IReadOnlyList<ClaimRow> ReportedCuts,
    IReadOnlyList<ClaimRow> Projections,
    IReadOnlyList<DatedCount> WeeklyCoverage,
    IReadOnlyList<CountPoint> TopOrganizations,
    IReadOnlyList<CountPoint> ClaimsByYear);
