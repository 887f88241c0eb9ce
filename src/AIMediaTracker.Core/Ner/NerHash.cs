namespace AIMediaTracker.Core.Ner;

/// <summary>
/// Stable 64-bit hashes for features (the same in every process, unlike string.GetHashCode), so a
/// feature is a number looked up in the model without building a string.
/// </summary>
public static class NerHash
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a of the characters, lowercased, of <paramref name="text"/>[start..end).</summary>
    public static ulong Lower(string text, int start, int end)
    {
        var h = Offset;
        for (var i = start; i < end; i++) h = (h ^ Text.InvariantCase.ToLower(text[i])) * Prime;
        return h;
    }

    public static ulong Of(string text)
    {
        var h = Offset;
        foreach (var c in text) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Combines a template number with one or two values (splitmix64 finaliser).</summary>
    public static ulong Mix(int template, ulong a, ulong b = 0)
    {
        var z = a + 0x9E3779B97F4A7C15UL * (ulong)(template + 1) + b * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
