using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The organisations a figure is credited to or counts the jobs of that the organisation extractor
/// missed (« De son côté, Digital Realty confirme un engagement de 2,3 milliards », « selon les chiffres
/// communiqués par l'Élysée »): the contract writes a figure's attribution and subject under a name of
/// `organizations` or `people`, so such a name joins the organisations, with its mentions in the text.
/// A study's title, quoted wherever it is written (« une étude récente, "Future Unscripted" »), is no organisation.
/// </summary>
internal static class FigureSourceOrganizations
{
    public static IReadOnlyList<OrganizationFact> With(IReadOnlyList<OrganizationFact> organizations, IReadOnlyList<PersonFact> people,
        IReadOnlyList<FigureFact> figures, ArticleText text)
    {
        var known = organizations.Select(o => FrenchTypography.Key(o.Name)).Concat(people.Select(p => FrenchTypography.Key(p.Name))).ToHashSet();
        List<OrganizationFact>? added = null;
        foreach (var name in figures.SelectMany(f => new[] { f.Attribution, f.Subject }).OfType<string>())
        {
            if (!known.Add(FrenchTypography.Key(name))) continue;
            // Written as the name is, or with the apostrophes and spaces the name was read with.
            var mentions = MentionsOf(text.Original, name) is { Count: > 0 } written ? written : MentionsOf(text.Matchable, name);
            if (mentions.Count == 0 || mentions.TrueForAll(m => IsQuoted(text.Original, m))) continue;
            (added ??= []).Add(new OrganizationFact(name, OrganizationExtractor.UnknownKind, mentions));
        }
        return added is null ? organizations : [.. organizations, .. added];
    }

    // Where the name is written as a whole word or words.
    private static List<Span> MentionsOf(string text, string name)
    {
        var found = new List<Span>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                found.Add(new Span(at, end));
        }
        return found;
    }

    // « "Future Unscripted" », « « Future Unscripted » »: a quotation mark right before the name, past spaces.
    private static bool IsQuoted(string text, Span span)
    {
        var i = span.Start - 1;
        while (i > 0 && text[i] is '\u00a0' or '\u202f' or ' ') i--;
        return i >= 0 && text[i] is '"' or '«' or '“';
    }
}
