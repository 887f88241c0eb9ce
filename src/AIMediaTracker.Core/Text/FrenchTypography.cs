using System.Buffers;

namespace AIMediaTracker.Core.Text;

/// <summary>One-for-one character folding, so matching never shifts offsets.</summary>
public static class FrenchTypography
{
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' => '"',
        '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\t' => ' ',
        '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    // Every character Fold changes: the text is copied whole, then only these are visited.
    private static readonly SearchValues<char> Folding = SearchValues.Create(Changed());

    private static char[] Changed()
    {
        var changed = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (Fold(c) != c) changed.Add(c);
        return [.. changed];
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (dst, src) =>
    {
        src.AsSpan().CopyTo(dst);
        for (var i = 0; dst[i..].IndexOfAny(Folding) is var next and >= 0; i++)
        {
            i += next;
            dst[i] = Fold(dst[i]);
        }
    });

    /// <summary>Removes diacritics and lowercases: the key used to compare names and aliases.</summary>
    public static string Key(string text)
    {
        // Latin letters decompose one by one, and the marks they shed are dropped whatever their
        // order, so such a text's key is its letters' keys end to end: no Unicode decomposition (ICU) per call.
        var length = text.Length * LongestLatinKey;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        var n = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded >= LatinKeys.Length) return DecomposedKey(text);
            LatinKeys[folded].CopyTo(key[n..]);
            n += LatinKeys[folded].Length;
        }
        return new string(key[..n]);
    }

    // Basic Latin to Latin Extended-B, each character's key.
    private static readonly string[] LatinKeys = [.. Enumerable.Range(0, 0x250).Select(c => DecomposedKey(((char)c).ToString()))];
    private static readonly int LongestLatinKey = LatinKeys.Max(k => k.Length);

    private static string DecomposedKey(string text)
    {
        var decomposed = Fold(text).Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(InvariantCase.ToLower(ch));
        }
        return sb.ToString();
    }
}
