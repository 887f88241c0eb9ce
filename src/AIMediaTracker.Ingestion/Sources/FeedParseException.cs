namespace AIMediaTracker.Ingestion.Sources;

/// <summary>Bytes that are not a readable RSS or Atom feed; the message is in French, for the operator.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
