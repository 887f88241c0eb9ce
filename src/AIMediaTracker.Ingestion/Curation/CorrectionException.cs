namespace AIMediaTracker.Ingestion.Curation;

/// <summary>A correction that cannot be applied as asked; the message is French, for the operator.</summary>
public sealed class CorrectionException(string message) : Exception(message);
