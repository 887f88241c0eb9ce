using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// Finds web addresses written in running text. Shared by link extraction and by the
/// date extractor, which must not read "/2024/05/" inside an address as a year.
/// </summary>
public static partial class UrlFinder
{
    /// <summary>A found address: where it is written and its absolute form.</summary>
    public readonly record struct Found(Span Span, string Url);

    public static IReadOnlyList<Found> Find(string text)
    {
        var found = new List<Found>();
        // Every address holds a slash or "www.": most articles hold neither, and the pattern
        // would otherwise be tried at each word starting like a scheme or a short-link domain.
        if (!text.Contains('/') && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)) return found;
        foreach (Match m in UrlPattern().Matches(text))
        {
            var end = TrimTrailing(text, m.Index, m.Index + m.Length);
            if (end - m.Index < 4) continue;
            var raw = text[m.Index..end];
            if (!raw.Contains('/') && !raw.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) continue;
            // Tweets and short links are pasted without a scheme ("pic.twitter.com/...").
            var url = raw.Contains("://", StringComparison.Ordinal) ? raw : "https://" + raw;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.Host.Contains('.')) continue;
            found.Add(new Found(new Span(m.Index, end), url));
        }
        return found;
    }

    // Sentence punctuation glued to an address belongs to the sentence; a closing bracket
    // belongs to the address only when the address opened one (Wikipedia-style links).
    private static int TrimTrailing(string text, int start, int end)
    {
        while (end > start)
        {
            var c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '…' or '*' or '_') { end--; continue; }
            if (c is ')' or ']' && Unbalanced(text, start, end, c)) { end--; continue; }
            break;
        }
        return end;
    }

    private static bool Unbalanced(string text, int start, int end, char closing)
    {
        var opening = closing == ')' ? '(' : '[';
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == opening) depth++;
            else if (text[i] == closing) depth--;
        }
        return depth < 0;
    }

    [GeneratedRegex(@"(?:\bhttps?://|(?<![\w.@/-])www\.|(?<![\w.@/-])(?:pic\.twitter\.com|t\.co|bit\.ly|youtu\.be|x\.com|twitter\.com)/)[^\s""<>«»]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
