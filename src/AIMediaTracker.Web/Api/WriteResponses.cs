namespace AIMediaTracker.Web.Api;

/// <summary>What became of one imported address: Stored, Unchanged, Duplicate, Failed…; <c>html</c> is the article's page when there is one.</summary>
public sealed record ImportResult(string Location, string Status, int? ArticleId, string? Reason, string? Html);

/// <summary>A followed feed.</summary>
public sealed record FeedSource(int Id, string? Url);

/// <summary>The re-extraction runs in the background.</summary>
public sealed record ReextractionStarted(string Message);

/// <summary>An organisation or person after a rename or a merge: the survivor's slug, name and page.</summary>
public sealed record EntityName(string Slug, string Name, string Html);

/// <summary>The figure marked wrong.</summary>
public sealed record FigureRejected(long Rejected);

/// <summary>The figure correction undone.</summary>
public sealed record FigureRestored(int Restored);

/// <summary>The figure's kind as now stored.</summary>
public sealed record FigureKindSet(long Id, string? Kind);

/// <summary>Whose claim the figure is, all three fields as now stored.</summary>
public sealed record FigureClaimSet(long Id, string Basis, string? Attribution, string? Subject);

/// <summary>The claim's grade as now stored.</summary>
public sealed record ClaimGradeSet(long Id, string Grade);
