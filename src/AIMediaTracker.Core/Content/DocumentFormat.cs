namespace AIMediaTracker.Core.Content;

public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}
