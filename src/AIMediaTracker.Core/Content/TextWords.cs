using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// The words a text's identity is made of: runs of letters and digits of the folded, lower-case text,
/// so spacing, case, accents and typography do not count. <see cref="ContentFingerprint"/> and
/// <see cref="ShingleSketch"/> cut texts the same way, through here.
/// </summary>
public static class TextWords
{
    public static List<string> Of(string text)
    {
        var key = FrenchTypography.Key(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var inWord = i < key.Length && char.IsLetterOrDigit(key[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { words.Add(key[start..i]); start = -1; }
        }
        return words;
    }

    /// <summary>How many word trigrams (shingles) a text of <paramref name="words"/> words has: one if fewer than three.</summary>
    public static int ShingleCount(int words) => Math.Max(1, words - 2);
}
