using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds embedded tweets as scraped into text: the tweet's paragraph, then a signature line
/// "- Name (@handle) 22 mars 2024". A tweet ending in a short line of links ("Incroyable !
/// https://t.co/...") continues the paragraph above it.
/// </summary>
internal static partial class TweetFinder
{
    public readonly record struct Tweet(Span Body, string Author, string Handle);

    private const int ShortLine = 40;

    public static List<Tweet> Find(string matchable)
    {
        var tweets = new List<Tweet>();
        foreach (Match sig in Signature().Matches(matchable))
        {
            var lineStart = matchable.LastIndexOf('\n', Math.Max(0, sig.Index - 1)) + 1;
            if (sig.Index > lineStart && matchable.AsSpan(lineStart, sig.Index - lineStart).Trim().Length > 0)
            {
                // An HTML blockquote reads as one line: the tweet, then its signature.
                tweets.Add(new Tweet(Trim(matchable, lineStart, sig.Index), sig.Groups["name"].Value.Trim(), sig.Groups["handle"].Value));
                continue;
            }
            var body = PreviousLine(matchable, lineStart);
            if (body is not { } last) continue;
            var start = last.Start;
            if (WithoutLinks(matchable[last.Start..last.End]).Length < ShortLine && PreviousLine(matchable, last.Start) is { } above
                && !Signature().IsMatch(matchable[above.Start..above.End]))
                start = above.Start;
            tweets.Add(new Tweet(new Span(start, last.End), sig.Groups["name"].Value.Trim(), sig.Groups["handle"].Value));
        }
        return tweets;
    }

    private static Span? PreviousLine(string s, int lineStart)
    {
        var end = lineStart - 1;
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        if (end <= 0) return null;
        var start = s.LastIndexOf('\n', end - 1) + 1;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        return end > start ? new Span(start, end) : null;
    }

    private static Span Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return new Span(start, end);
    }

    private static string WithoutLinks(string line) => Link().Replace(line, "").Trim();

    [GeneratedRegex(@"(?:^|(?<=\s))[-—–][ ]*(?<name>[\p{L}][\p{L}'’. -]{1,60}?)[ ]*\((?<handle>@\w{1,30})\)[^\n]{0,40}$", RegexOptions.Multiline)]
    private static partial Regex Signature();

    [GeneratedRegex(@"\S*(?:https?://|pic\.twitter\.com/|t\.co/)\S*")]
    private static partial Regex Link();
}
