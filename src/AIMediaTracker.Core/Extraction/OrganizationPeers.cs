using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Names listed with a known organisation are its peers: "ses homologues Pearson, Duolingo et
/// Udemy", "la GEMA et la Sacem". Only a list that closes with "et" or "ou" counts ("Selon Google,
/// Apple…" is no list), and no item that is a person, a place, a product or a capitalised stopword.
/// Read around the known names only, never over the whole text.
/// </summary>
public static partial class OrganizationPeers
{
    private const string Name = OrganizationCues.Name;

    // ", Udemy", " et la Sacem", " ou Vosges Matin" right after an item.
    [GeneratedRegex(@"\G(?<separator>,[ ]|[ ]et[ ]|[ ]ou[ ])(?:(?:la|le|les)[ ]|l')?(?<name>" + Name + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex NextItem();

    // "Pearson, " or "la GEMA et " right before an item: read backwards from the item's start.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'])(?<name>" + Name + @")(?<separator>,[ ]|[ ]et[ ]|[ ]ou[ ])(?:(?:la|le|les)[ ]|l')?\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PreviousItem();

    /// <summary>The spans of unknown names listed with the <paramref name="known"/> organisation mentions.</summary>
    public static List<Span> Find(string text, IReadOnlyList<Span> known)
    {
        var found = new List<Span>();
        foreach (var mention in known)
        {
            var items = new List<Span>();
            var closed = false;
            for (var m = PreviousItem().Match(text, mention.Start); m.Success && items.Count < 6; m = PreviousItem().Match(text, m.Index))
            {
                // "Désormais, Google": a capitalised word opening the sentence before a comma is no item.
                if (m.Groups["separator"].Value == ", " && OpensSentence(text, m.Index)) break;
                items.Add(Of(m));
                closed |= m.Groups["separator"].Value != ", ";
            }
            var end = mention.End;
            for (var m = NextItem().Match(text, end); m.Success && items.Count < 6; m = NextItem().Match(text, end))
            {
                items.Add(Of(m));
                closed |= m.Groups["separator"].Value != ", ";
                end = m.Index + m.Length;
            }
            var unknown = items.Where(i => !known.Any(k => k.Overlaps(i))).ToList();
            if (!closed || unknown.Exists(i => !IsOrganizationLike(text, i))) continue;
            found.AddRange(unknown.Where(i => !found.Contains(i)));
        }
        return found;
    }

    private static Span Of(Match m) => new(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length);

    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '«' or '"' or '(';
    }

    // An item that could be a person ("Tim Cook"), a place, a product or a function word spoils the whole list.
    private static bool IsOrganizationLike(string text, Span item)
    {
        var value = text[item.Start..item.End];
        var first = value.Split(' ')[0];
        return !CapitalizedStopwords.Contains(first) && !Gazetteer.IsGivenName(first) && !Gazetteer.Places.Contains(value)
            && !Gazetteer.IsProductName(value) && value.Length >= 2;
    }
}
