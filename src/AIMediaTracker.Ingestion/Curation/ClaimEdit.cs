namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// What an operator says about whose claim a figure is. A null field is left as it is; an empty or
/// blank attribution or subject removes the one the extractor found.
/// </summary>
/// <param name="Basis">"reported" or "projected".</param>
/// <param name="Attribution">Who the article credits for the number (« selon … »).</param>
/// <param name="Subject">The organisation whose jobs, staff or money the number is.</param>
public sealed record ClaimEdit(string? Basis = null, string? Attribution = null, string? Subject = null);
