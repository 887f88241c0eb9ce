using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds the same matches as a costly pattern scanning the whole text, but tries it only near the
/// places where a cheap anchor that every match holds stands: words (<see cref="AnchorWords"/>, found
/// for all rules in one pass) or a short pattern such as " sur ".
/// <see cref="atStart"/> is the pattern wrapped in <c>\G(?:...)</c>, with the same options, and every
/// match must start at most <see cref="wordsBefore"/> whitespace-separated words before the position
/// where the anchor matches inside it, on a letter or digit that no letter precedes (the patterns open
/// with such a lookbehind). Lookbehinds still read the whole text (or the whole range searched).
/// </summary>
internal sealed class AnchoredSearch(Regex atStart, int wordsBefore, Regex? anchor = null)
{
    /// <summary>The matches around the places where <c>anchor</c> matches.</summary>
    public List<Match> Matches(string text)
    {
        var anchors = new List<int>();
        // Restarting one character after each place finds overlapping ones too.
        for (var m = anchor!.Match(text); m.Success; m = anchor.Match(text, m.Index + 1)) anchors.Add(m.Index);
        return Matches(text, anchors);
    }

    /// <summary>The matches around <paramref name="anchors"/>, the sorted places where the anchor stands.</summary>
    public List<Match> Matches(string text, List<int> anchors)
    {
        var found = new List<Match>();
        // The scan finds where each match stands; its groups are read again from there.
        foreach (var (index, _) in Spans(text, new Span(0, text.Length), anchors)) found.Add(atStart.Match(text, index));
        return found;
    }

    /// <summary>
    /// Where the pattern matches inside <paramref name="range"/> as if the range were its whole input
    /// (as <c>Regex.Match(text, start, length)</c> reads it: lookarounds stop at its ends), each match
    /// as its start and length in <paramref name="text"/>; <paramref name="anchors"/> may hold places outside it.
    /// </summary>
    public List<(int Index, int Length)> Spans(string text, Span range, List<int> anchors)
    {
        var input = text.AsSpan(range.Start, range.Length);
        var found = new List<(int, int)>();
        // No match starts in [previous match end, from): the scan's invariant.
        var from = range.Start;
        // The first anchor in the range: a sentence's search starts there, not at the article's first.
        var k = anchors.BinarySearch(range.Start);
        if (k < 0) k = ~k;
        while (true)
        {
            while (k < anchors.Count && anchors[k] < from) k++;
            if (k == anchors.Count || anchors[k] >= range.End) break;
            var at = anchors[k];
            // A match holding a later anchor starts no earlier than this bound, so trying
            // each start up to this anchor, left to right, finds the leftmost match.
            (int Index, int Length)? hit = null;
            for (var start = Math.Max(from, WordsStart(text, at)); start <= at && hit is null; start++)
            {
                if (!char.IsLetterOrDigit(text[start]) || start > range.Start && char.IsLetter(text[start - 1])) continue;
                foreach (var m in atStart.EnumerateMatches(input, start - range.Start))
                {
                    hit = (range.Start + m.Index, m.Length);
                    break;
                }
            }
            if (hit is not { } h) { from = at + 1; continue; }
            found.Add(h);
            from = h.Index + Math.Max(h.Length, 1);
        }
        return found;
    }

    private int WordsStart(string text, int at)
    {
        var i = at;
        for (var n = 0; n < wordsBefore; n++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }
}
