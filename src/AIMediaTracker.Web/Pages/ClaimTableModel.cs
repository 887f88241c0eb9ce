using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Pages;

/// <summary>A list of claims as the dashboard, an organisation and a claim's variants show it.</summary>
public sealed record ClaimTableModel(IReadOnlyList<ClaimRow> Rows, string Caption, string EmptyText, bool ShowGrade = false);
