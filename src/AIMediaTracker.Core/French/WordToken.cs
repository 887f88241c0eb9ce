namespace AIMediaTracker.Core.French;

/// <summary>
/// A run of letters and digits. <see cref="Glued"/> marks a token that starts inside a written
/// word at a lowercase-to-uppercase change ("Bloomberg|L'OpenAI", "Open|AI"): badly scraped text
/// glues names together, so names must be findable on either side of such a change.
/// </summary>
public readonly record struct WordToken(int Start, int End, bool Glued)
{
    public int Length => End - Start;
}
