using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>An organisation or person the article names, where one of its mentions is written.</summary>
internal readonly record struct NamedMention(int Start, int End, string Name, bool IsPerson);

/// <summary>
/// The organisations and people already extracted from the article, by position: figure claims
/// are written under the same canonical names. Only names and mention spans are read, so the
/// organisation and person extractors can change freely behind them.
/// </summary>
internal sealed partial class FigureNames
{
    public static readonly FigureNames None = new([]);

    private readonly NamedMention[] mentions;

    private FigureNames(NamedMention[] mentions) => this.mentions = mentions;

    public static FigureNames From(IReadOnlyList<OrganizationFact> organizations, IReadOnlyList<PersonFact> people)
    {
        var all = new List<NamedMention>();
        foreach (var o in organizations)
            foreach (var m in o.Mentions) all.Add(new NamedMention(m.Start, m.End, o.Name, false));
        foreach (var p in people)
            foreach (var m in p.Mentions) all.Add(new NamedMention(m.Start, m.End, p.Name, true));
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new FigureNames([.. all]);
    }

    public bool IsEmpty => mentions.Length == 0;

    /// <summary>The mentions starting in [from, to), in text order.</summary>
    public ReadOnlySpan<NamedMention> In(int from, int to)
    {
        var lo = LowerBound(from);
        var hi = LowerBound(to);
        return mentions.AsSpan(lo, Math.Max(0, hi - lo));
    }

    // « 1 900 postes chez Activision Blizzard », « 35 000 salariés de Capgemini ».
    [GeneratedRegex(@"^[\s]*(?:[\p{L}-]+\s+){0,2}?(?:de|du|d'|chez)\s*(?:la\s+|le\s+|l')?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerGap();

    /// <summary>The organisation a figure's noun phrase belongs to, written right after it.</summary>
    public string? OrganizationAfter(string s, int end, int sentenceEnd)
    {
        foreach (var m in In(end, Math.Min(sentenceEnd, end + 40)))
        {
            if (m.IsPerson) continue;
            return OwnerGap().IsMatch(s.AsSpan(end, m.Start - end)) ? m.Name : null;
        }
        return null;
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
