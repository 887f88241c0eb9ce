using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Bytes to text: the BOM wins, then valid UTF-8 with non-ASCII bytes, then the declared charset (HTTP
/// header or &lt;meta charset&gt;), then strict UTF-8, and windows-1252 when the bytes are not valid UTF-8 (old French sites).
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null, bool sniffHtmlMeta = false)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        // Bytes that are valid UTF-8 with some non-ASCII are UTF-8 whatever the page declares: windows-1252
        // text is almost never valid UTF-8 by chance, while templates copy a stale <meta charset> around.
        if (!Ascii.IsValid(bytes) && Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);

        var charset = declaredCharset;
        if (charset is null && sniffHtmlMeta)
        {
            var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
            var m = MetaCharset().Match(head);
            if (m.Success) charset = m.Groups[1].Value;
        }
        var declared = Resolve(charset);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Declared or assumed UTF-8 but the bytes say otherwise: Latin text in windows-1252.
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers read ISO-8859-1 as windows-1252 (WHATWG encoding standard); so do we.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii") name = "windows-1252";
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
