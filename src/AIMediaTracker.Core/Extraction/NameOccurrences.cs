using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Where an article writes a name, read for what stands right before each time.</summary>
internal static class NameOccurrences
{
    /// <summary>Whether <paramref name="before"/> matches the <paramref name="reach"/> characters before any occurrence of <paramref name="name"/>.</summary>
    public static bool AnyPrecededBy(string text, string name, Regex before, int reach)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            if (before.IsMatch(text.AsSpan(Math.Max(0, i - reach), Math.Min(reach, i)))) return true;
        return false;
    }
}
