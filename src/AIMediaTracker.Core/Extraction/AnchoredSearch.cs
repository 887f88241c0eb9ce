using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds the same matches as a costly pattern scanning the whole text, but tries it only near the
/// places where a cheap anchor that every match holds stands: words (<see cref="AnchorWords"/>, found
/// for all rules in one pass) or a short pattern such as " sur ".
/// <see cref="atStart"/> is the pattern wrapped in <c>\G(?:...)</c>, with the same options, and every
/// match must start at most <see cref="wordsBefore"/> whitespace-separated words before the position
/// where the anchor matches inside it, on a letter or digit that no letter precedes (the patterns open
/// with such a lookbehind). Lookbehinds still read the whole text.
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
    public List<Match> Matches(string text, IReadOnlyList<int> anchors)
    {
        var found = new List<Match>();
        // No match starts in [previous match end, from): the scan's invariant.
        var from = 0;
        var k = 0;
        while (true)
        {
            while (k < anchors.Count && anchors[k] < from) k++;
            if (k == anchors.Count) break;
            var at = anchors[k];
            // A match holding a later anchor starts no earlier than this bound, so trying
            // each start up to this anchor, left to right, finds the leftmost match.
            Match? hit = null;
            for (var start = Math.Max(from, WordsStart(text, at)); start <= at; start++)
            {
                if (!char.IsLetterOrDigit(text[start]) || start > 0 && char.IsLetter(text[start - 1])) continue;
                var m = atStart.Match(text, start);
                if (m.Success) { hit = m; break; }
            }
            from = hit is null ? at + 1 : hit.Index + Math.Max(hit.Length, 1);
            if (hit is not null) found.Add(hit);
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
