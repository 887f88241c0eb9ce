using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Where people and organisations are named in an article, by position, under their
/// canonical names. Beyond the mentions the extractors report, a person is also found by
/// surname, because "M. Perry" refers back to the fullest name seen earlier.
/// </summary>
internal sealed class SpeakerIndex
{
    public readonly record struct Mention(Span Span, string Name, bool IsPerson);

    private readonly List<Mention> mentions;

    public SpeakerIndex(ArticleText text, IReadOnlyList<PersonFact> people, IReadOnlyList<OrganizationFact> organizations)
    {
        var all = new List<Mention>(64);
        foreach (var p in people)
        {
            foreach (var m in p.Mentions) all.Add(new Mention(m, p.Name, true));
            foreach (var form in SurfaceForms(p.Name))
                foreach (var s in Occurrences(text.Original, form)) all.Add(new Mention(s, p.Name, true));
        }
        foreach (var o in organizations)
        {
            foreach (var m in o.Mentions) all.Add(new Mention(m, o.Name, false));
            foreach (var s in Occurrences(text.Original, o.Name)) all.Add(new Mention(s, o.Name, false));
        }
        // Longest first at one place, so "Tyler Perry" wins over the "Perry" inside it; at one span,
        // the first added (a stable order, as the index breaks ties).
        var order = new int[all.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            Span x = all[a].Span, y = all[b].Span;
            return x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Length != y.Length ? y.Length.CompareTo(x.Length) : a.CompareTo(b);
        });
        mentions = new List<Mention>(all.Count);
        foreach (var i in order)
            if (mentions.Count == 0 || !mentions[^1].Span.Overlaps(all[i].Span)) mentions.Add(all[i]);
    }

    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>The last mention ending before <paramref name="end"/> and starting at or after <paramref name="start"/>.</summary>
    public Mention? LastIn(int start, int end, bool personOnly, Func<Span, bool>? skip = null, bool organizationOnly = false)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Span.End > end || (personOnly && !m.IsPerson) || (organizationOnly && m.IsPerson) || (skip?.Invoke(m.Span) ?? false)) continue;
            return m.Span.Start >= start ? m : null;
        }
        return null;
    }

    public Mention? FirstIn(int start, int end, bool personOnly)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start < start || (personOnly && !m.IsPerson)) continue;
            return m.Span.End <= end ? m : null;
        }
        return null;
    }

    /// <summary>The full name, and what follows the first name ("von Ahn", "Perry").</summary>
    private static IEnumerable<string> SurfaceForms(string name)
    {
        yield return name;
        var space = name.IndexOf(' ');
        if (space > 0 && space < name.Length - 1) yield return name[(space + 1)..];
    }

    private static IEnumerable<Span> Occurrences(string text, string form)
    {
        if (form.Length < 2) yield break;
        for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + 1, StringComparison.Ordinal))
        {
            var end = i + form.Length;
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
            yield return new Span(i, end);
        }
    }
}
