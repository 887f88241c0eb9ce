using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Pages;

/// <summary>What the shared filter bar needs: the current filter, the page it submits to, and the choices.</summary>
public sealed record FilterModel(string Action, TrackerFilter Filter, IReadOnlyList<OrganizationOption> Organizations, IReadOnlyList<string> Sectors);
