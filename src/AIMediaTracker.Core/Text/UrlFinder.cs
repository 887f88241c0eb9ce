using System.Buffers;
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
        foreach (var m in Matches(text))
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

    private const string Pattern = @"(?:\bhttps?://|(?<![\w.@/-])www\.|(?<![\w.@/-])(?:pic\.twitter\.com|t\.co|bit\.ly|youtu\.be|x\.com|twitter\.com)/)[^\s""<>«»]+";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex UrlPattern();

    [GeneratedRegex(@"\G" + Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlAtStart();

    // How every address of the pattern starts. The pattern's own search stops at each of their first
    // letters (h, w, p, t, b, y, x), that is at most words; these are searched as whole prefixes.
    private static readonly SearchValues<string> Starts = SearchValues.Create(
        ["http", "www.", "pic.twitter.com/", "t.co/", "bit.ly/", "youtu.be/", "x.com/", "twitter.com/"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The pattern's matches, tried only where one of its starts is written.</summary>
    internal static List<Match> Matches(string text)
    {
        var found = new List<Match>();
        var at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAny(Starts) is var k and >= 0)
        {
            var m = UrlAtStart().Match(text, at + k);
            if (m.Success) found.Add(m);
            at = m.Success ? m.Index + Math.Max(m.Length, 1) : at + k + 1;
        }
        return found;
    }
}
