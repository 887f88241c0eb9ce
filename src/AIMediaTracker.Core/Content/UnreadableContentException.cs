namespace AIMediaTracker.Core.Content;

/// <summary>Bytes that are not an article's text (a binary file, an unreadable page); the message is meant for the operator.</summary>
public class UnreadableContentException(string message) : Exception(message);
