namespace AIMediaTracker.Core.Claims;

/// <summary>How firmly a reported job cut is tied to AI, as trackers of AI layoffs grade it.</summary>
public enum AiLinkGrade
{
    /// <summary>AI is one reason among several, only the context, or not named as the cause.</summary>
    Unclear = 0,
    /// <summary>The article or others (unions, analysts) attribute the cut to AI.</summary>
    Attributed = 1,
    /// <summary>The employer itself names AI as the reason.</summary>
    Explicit = 2,
}
