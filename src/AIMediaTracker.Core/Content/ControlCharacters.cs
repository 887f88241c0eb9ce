namespace AIMediaTracker.Core.Content;

/// <summary>
/// Control characters (C0 but tab, line feed and carriage return; DEL; C1) say nothing in an article
/// and PostgreSQL refuses NUL in text (22021): they are removed before anything is extracted or stored,
/// so SQLite and PostgreSQL keep the same text. Many of them mean the bytes were never text at all.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Above this share of control or replacement characters, the input is taken for binary.</summary>
    public const double BinaryShare = 0.01;

    public static bool IsControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F';

    public static string Remove(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        var c1 = text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (first < 0 && c1 < 0) return text;
        return string.Create(text.Length - Count(text, IsControl), text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (!IsControl(c)) span[at++] = c;
        });
    }

    /// <summary>A few stray ones are cleaned, not refused: a pasted text may carry some.</summary>
    private const int Tolerated = 8;

    /// <summary>True when more than <see cref="BinaryShare"/> of the text (and more than a few characters) are control or U+FFFD characters.</summary>
    public static bool LooksBinary(string text) =>
        Count(text, c => IsControl(c) || c == '\uFFFD') is var n && n > Tolerated && n > text.Length * BinaryShare;

    private static int Count(string text, Func<char, bool> predicate)
    {
        var n = 0;
        foreach (var c in text)
            if (predicate(c)) n++;
        return n;
    }
}
