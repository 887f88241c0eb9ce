using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds people with their roles and handles. One entry per person under the fullest name the
/// article gives; later surname-only mentions ("M. Perry", "Murati") join it.
/// </summary>
public static partial class PersonExtractor
{
    private sealed class Person(string name, string surname)
    {
        public string Name { get; } = name;
        public string Surname { get; } = surname;
        public string? Role { get; set; }
        public string? Handle { get; set; }
        public List<Span> Mentions { get; } = [];
    }

    public static IReadOnlyList<PersonFact> Extract(ArticleText text, IReadOnlyList<OrganizationFact> organizations, IReadOnlyList<ProductFact> tools)
    {
        // « le lycée Jules Ferry », « rue Victor Hugo »: a name given to a place mentions no one; nor
        // does a photographer's in a credit (« Photo : Adil Boukind Archives Le Devoir »), nor an English
        // title's words (« Journal of Political Economy »), nor a work's title (« John Wick » in quotation marks, « le film Beau Is Afraid »).
        var blocked = new SpanLists.Index(organizations.SelectMany(o => o.Mentions)
            .Concat(Dedications.Find(text)).Concat(PhotoCredits.Find(text.Matchable)).Concat(EnglishTitles.Find(text.Matchable))
            .Concat(text.WorkTitles));
        var candidates = new List<PersonCandidate>();
        var titled = new List<(Span Span, string Surname)>();
        foreach (var run in PersonNameRuns.Find(text.Matchable))
            ReadRun(text, run, blocked, candidates, titled);

        var people = new List<Person>();
        var products = tools.SelectMany(p => p.Mentions).ToList();
        var tagged = ArticleNames.Of(text).Where(e => e.Type == "PER").Select(e => e.Span).ToList();
        // The tagger confirms a name no list or context does ("Spyridon Pilos", "Rich Larson").
        // "Velvet Sundown, groupe « vérifié »": an apposition that names a company or a band is no person's.
        foreach (var c in candidates.Where(c => (c.Confirmed || (tagged.Any(t => t.Start <= c.Span.Start && c.Span.End <= t.End)
            && !OrganizationCues.IsFollowedByApposition(text.Matchable, c.Span.End) && !InListOfTools(c.Span, products)) || titled.Any(t => EndsWithSurname(c.Surname, t.Surname)))
            && !TaggedPeople.IsListedBesidePlace(text.Matchable, c.Span, c.Name.Count(ch => ch == ' ') + 1)))
        {
            // « Donald J. Trump » then « Donald Trump »: one person, with or without the initial.
            var person = people.Find(p => PersonNameRuns.WithoutInitials(p.Name) == PersonNameRuns.WithoutInitials(c.Name));
            if (person is null) people.Add(person = new Person(c.Name, c.Surname));
            person.Mentions.Add(c.Span);
            person.Role ??= c.Role;
            person.Handle ??= c.Handle;
        }
        foreach (var (span, surname) in titled)
        {
            var person = people.LastOrDefault(p => EndsWithSurname(p.Surname, surname));
            if (person is null) people.Add(person = new Person(surname, surname));
            person.Mentions.Add(span);
        }
        var organizationMentions = organizations.SelectMany(o => o.Mentions).ToList();
        foreach (var (span, name) in TaggedPeople.Find(text))
        {
            if (blocked.AnyOverlaps(span) || InListOfTools(span, products) || people.Any(p => p.Mentions.Any(m => m.Overlaps(span)))) continue;
            // « Amazon, Target, UPS, Duolingo, Accenture licencient »: one word listed next to a company is one too.
            if (!name.Contains(' ') && ListedBeside(text.Matchable, span, organizationMentions)) continue;
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            // « Marie-Pierre ne fait plus de cours » after « Marie-Pierre Dausse »: a given name alone
            // is the person the article introduced under it.
            var person = people.Find(p => p.Name == name || EndsWithSurname(p.Surname, name))
                ?? (name.Contains(' ') ? null : people.Find(p => p.Name.StartsWith(name + " ", StringComparison.Ordinal)));
            if (person is null) people.Add(person = new Person(name, surname));
            person.Mentions.Add(span);
        }
        AddSurnameMentions(text.Matchable, people, blocked);
        // « a déclaré Goldman » after « Goldman Sachs »: one word that opens an organisation's name is its short form.
        people.RemoveAll(p => organizations.Any(o => OrganizationCues.OpensName(p.Name, o.Name)));
        // « le projet appelé Max Intervention … le projet Max Intervention »: a name the article gives a thing once is no one's.
        people.RemoveAll(p => TaggedPeople.IsGivenToAThing(text.Matchable, p.Name));
        // « Dell Technologies Direct »: a company's suffix opens no one's name.
        people.RemoveAll(p => OrganizationCues.IsSuffix(p.Name.Split(' ')[0]));
        people.RemoveAll(p => NamesAJob(p.Name));
        return people
            .Select(p => new PersonFact(p.Name, p.Role, p.Handle, p.Mentions.Distinct().OrderBy(s => s.Start).ToList()))
            .OrderBy(p => p.Mentions[0].Start)
            .ToList();
    }

    // The tagger takes a product listed among others for a name (« des outils comme ChatGPT, Copilot ou Gemini »). Alone,
    // a listed product's name may still be someone's (« la volée de Bard » in a football report).
    // « Kevin Lee, Data Scientist », « Chief Technology Officer », « un Creative Director »: a title after another word, or
    // alone, names a job, not someone. A title first is read as one (« Général Boulanger »), and a listed given name first
    // keeps a family name that is also a title (« Jean Patron »).
    private static bool NamesAJob(string name)
    {
        var words = name.Split(' ');
        return words.Length == 1 ? RoleNouns.IsTitle(name) : !Gazetteer.IsGivenName(words[0]) && words.Skip(1).Any(RoleNouns.IsTitle);
    }

    private static bool InListOfTools(Span span, List<Span> products) =>
        products.Exists(p => p.Overlaps(span)) && products.Exists(p => !p.Overlaps(span) && p.End > span.Start - ToolListReach && p.Start < span.End + ToolListReach);

    private const int ToolListReach = 40;

    // Whether a list's separator (« , », « et », « ou ») joins the span to one of the mentions, on either side.
    private static bool ListedBeside(string text, Span span, List<Span> mentions) =>
        mentions.Exists(m => ListSeparator().IsMatch(text.AsSpan(span.End, Math.Max(0, m.Start - span.End)))
            || ListSeparator().IsMatch(text.AsSpan(m.End, Math.Max(0, span.Start - m.End))));

    [GeneratedRegex(@"^(?:,[ ]|[ ]et[ ]|[ ]ou[ ])$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    // "von Ahn" is the surname of "Luis von Ahn"; "Ahn" alone also refers to him.
    private static bool EndsWithSurname(string surname, string mention) =>
        surname == mention || surname.EndsWith(" " + mention, StringComparison.Ordinal);

    // An organisation's mention splits a run: each part on either side is read on its own.
    private static void ReadRun(ArticleText text, List<(Span Span, string Text)> run, SpanLists.Index blocked,
        List<PersonCandidate> candidates, List<(Span Span, string Surname)> titled)
    {
        var start = 0;
        for (var k = 0; k <= run.Count; k++)
        {
            if (k < run.Count && !blocked.AnyOverlaps(run[k].Span)) continue;
            // Most runs name no organisation and are read whole, without a copy.
            if (k > start) PersonCandidateReader.Read(text, start == 0 && k == run.Count ? run : run.GetRange(start, k - start), candidates, titled);
            start = k + 1;
        }
    }

    private static void AddSurnameMentions(string text, List<Person> people, SpanLists.Index blocked)
    {
        foreach (var person in people.Where(p => p.Surname != p.Name))
        {
            var surname = person.Surname;
            for (var i = text.IndexOf(surname, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surname, i + 1, StringComparison.Ordinal))
            {
                var span = new Span(i, i + surname.Length);
                if (!IsWordAt(text, span) || blocked.AnyOverlaps(span)) continue;
                if (people.Any(p => p.Mentions.Any(m => m.Overlaps(span)))) continue;
                person.Mentions.Add(span);
            }
        }
    }

    private static bool IsWordAt(string text, Span span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1]))
        && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]));
}
