using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Where the people an article names work, as the article introduces them: « Anthony Belpaire de BNP
/// Paribas Fortis », « Julie Sweet, PDG d'Accenture », or « Sa dirigeante Marguerite Bérard » right
/// after the bank talked about. A later sentence that opens on the person (« Marguerite Bérard a
/// présenté une nouvelle stratégie ») is then about that organisation, and so are the cuts it goes on with.
/// </summary>
internal sealed partial class PersonEmployers
{
    private readonly Dictionary<string, string> employers = new(StringComparer.Ordinal);
    // Those introduced as its head (« Marc Benioff, PDG de Salesforce »), not only as working there.
    private readonly HashSet<string> heads = new(StringComparer.Ordinal);

    public string? Of(string? person) => person is not null && employers.TryGetValue(person, out var org) ? org : null;

    /// <summary>The organisation the person was introduced as the head of, or null.</summary>
    public string? HeadedBy(string? person) => person is not null && heads.Contains(person) ? employers[person] : null;

    /// <summary>Learns from one sentence's names; <paramref name="topic"/> is the organisation talked about before it.</summary>
    public void Read(string s, ReadOnlySpan<NamedMention> mentions, int sentenceStart, string? topic)
    {
        for (var i = 0; i < mentions.Length; i++)
        {
            var person = mentions[i];
            if (!person.IsPerson || employers.ContainsKey(person.Name)) continue;
            if (i + 1 < mentions.Length && mentions[i + 1] is { IsPerson: false } org && !FigureNames.IsPlace(org.Name)
                && org.Start - person.End <= 60 && EmployerLink().IsMatch(s.AsSpan(person.End, org.Start - person.End)))
            {
                employers[person.Name] = org.Name;
                if (HeadLink().IsMatch(s.AsSpan(person.End, org.Start - person.End))) heads.Add(person.Name);
            }
            // « Patron et cofondateur de Dropbox, Drew Houston a annoncé »: a role fronted at the sentence's start, its firm before the name.
            else if (i == 1 && mentions[0] is { IsPerson: false } fronted && !FigureNames.IsPlace(fronted.Name) && person.Start - fronted.End <= 3
                     && s.AsSpan(fronted.End, person.Start - fronted.End).Trim() is "," && FrontedRole().IsMatch(s.AsSpan(sentenceStart, fronted.Start - sentenceStart))
                     && PersonContext.OpensWithTitle(s.AsSpan(sentenceStart, fronted.Start - sentenceStart)))
            {
                employers[person.Name] = fronted.Name;
                if (FrontedHeadRole().IsMatch(s.AsSpan(sentenceStart, fronted.Start - sentenceStart))) heads.Add(person.Name);
            }
            else if (topic is not null && person.Start - sentenceStart <= 40
                     && PossessiveRole().IsMatch(s.AsSpan(sentenceStart, person.Start - sentenceStart)))
                employers[person.Name] = topic;
        }
    }

    // « de », « chez », or an apposition that ends on them: «, directrice générale d' ».
    [GeneratedRegex(@"^(?:\s*,[^,;:.!?«»""]{1,50})?\s+(?:de|du|d'|chez)\s*(?:la\s+|l')?$", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerLink();

    // «, PDG de », «, le directeur général de »: the apposition names the head of the organisation after it.
    // The titles of an organisation's head, and a second title joined by « et » (« patron et cofondateur »), up to its name.
    private const string HeadTitle = @"(?:co-?)?(?:pdg|ceo|dg|directeur\s+général|directrice\s+générale|patron|patronne|président|présidente|fondateur|fondatrice|dirigeant|dirigeante)(?:\s+et\s+[\p{Ll}-]+)?\s+(?:de|du|d'|chez)\s*(?:la\s+|l')?$";

    [GeneratedRegex(@"^\s*,\s*(?:l'|le\s+|la\s+)?" + HeadTitle, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadLink();

    // « Patron et cofondateur de », « Directrice des ressources humaines chez »: a role opening the sentence, up to its firm.
    [GeneratedRegex(@"^[\s«""-]*\p{Lu}[^,;:.!?«»""]{0,60}\s(?:de|du|d'|chez)\s*(?:la\s+|l')?$", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedRole();

    [GeneratedRegex(@"^[\s«""-]*" + HeadTitle, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrontedHeadRole();

    // « Sa dirigeante », « Son nouveau patron », « Leur porte-parole »: the person works for the firm just talked about.
    [GeneratedRegex(@"(?:^|[\s,(])(?:son|sa|leur)\s+(?:\p{Ll}[\p{Ll}-]+\s+){1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveRole();
}
