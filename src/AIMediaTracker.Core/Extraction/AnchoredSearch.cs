using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds the same matches as a costly pattern scanning the whole text, but tries it only near the
/// hits of a cheap anchor that every match holds: a word list such as the cue nouns or the month
/// names, which the framework's regex finds with its vectorised multi-string search
/// (<see cref="System.Buffers.SearchValues{T}"/>), or a short pattern such as " sur ".
/// <see cref="atStart"/> is the pattern wrapped in <c>\G(?:...)</c>, with the same options, and every
/// match must start at most <see cref="wordsBefore"/> whitespace-separated words before the position
/// where the anchor matches inside it, on a letter or digit that no letter precedes (the patterns open
/// with such a lookbehind). The anchor reads case as the pattern does, since both are regexes.
/// </summary>
internal sealed class AnchoredSearch(Regex anchor, Regex atStart, int wordsBefore)
{
    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        // No match starts in [previous match end, from): the scan's invariant.
        var from = 0;
        while (from <= text.Length)
        {
            var at = NextAnchor(text, from);
            if (at < 0) break;
            // A match holding a later anchor starts no earlier than this bound, so trying
            // each start up to this anchor, left to right, finds the leftmost match.
            Match? hit = null;
            for (var start = Math.Max(from, WordsStart(text, at)); start <= at; start++)
            {
                if (!char.IsLetterOrDigit(text[start]) || start > 0 && char.IsLetter(text[start - 1])) continue;
                var m = atStart.Match(text, start);
                if (m.Success) { hit = m; break; }
            }
            if (hit is null)
            {
                from = at + 1;
                continue;
            }
            found.Add(hit);
            from = hit.Index + Math.Max(hit.Length, 1);
        }
        return found;
    }

    // Restarting one character after each hit finds overlapping anchors too.
    private int NextAnchor(string text, int from)
    {
        foreach (var m in anchor.EnumerateMatches(text, from)) return m.Index;
        return -1;
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
