using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Turns one run of capitalised words into a person candidate, or into a titled surname
/// ("M. Perry"), or into nothing. A run is a name when it starts with a known given name, or
/// when its context (role, attribution verb, age, handle) says a person stands there.
/// </summary>
public static class PersonCandidateReader
{
    public static void Read(ArticleText text, List<(Span Span, string Text)> words,
        List<PersonCandidate> candidates, List<(Span Span, string Surname)> titled)
    {
        var matchable = text.Matchable;
        // « Virginie Maisonobe »: a given name that also names a place opens a name when a word follows it.
        while (words.Count > 0 && IsNoName(words[0].Text) && !(words.Count >= 2 && Gazetteer.IsGivenName(words[0].Text))) words.RemoveAt(0);
        // "Tyler PERRY": a surname in capitals after a given name is still a surname.
        while (words.Count > 0 && IsNoName(words[^1].Text)
            && !(IsShout(words[^1].Text) && words.Count >= 2 && Gazetteer.IsGivenName(words[^2].Text)))
            words.RemoveAt(words.Count - 1);
        // « Secrétaire Général Adjoint », « le Président Macron »: titles written with capitals open no name.
        while (words.Count > 0 && IsCapitalisedTitle(words[0].Text)) words.RemoveAt(0);
        if (words.Count == 0) return;

        var sentenceStart = text.SentenceAt(words[0].Span.Start).Start;
        var prefix = matchable.AsSpan(Math.Min(sentenceStart, words[0].Span.Start)..words[0].Span.Start);
        // "M. de Lasteyrie": a particle between the title and the surname is the surname's.
        var particle = ParticleAfterTitle(prefix);
        if ((particle > 0 || PersonContext.TitleBefore().IsMatch(prefix)) && !Gazetteer.IsGivenName(words[0].Text))
        {
            if (!IsSurnameWord(words[0].Text)) return;
            var last = words[Math.Min(words.Count, 2) - 1];
            var start = words[0].Span.Start - particle;
            var titledSurname = matchable[start..words[0].Span.End];
            titled.Add((new Span(start, last.Span.End), words.Count == 1 ? titledSurname : titledSurname + " " + last.Text));
            return;
        }

        var given = words.FindIndex(w => Gazetteer.IsGivenName(w.Text) && !PersonNameRuns.StartsWithParticle(w.Text));
        var known = given >= 0 && given < words.Count - 1;
        List<(Span Span, string Text)> name;
        if (known) name = words.GetRange(given, Math.Min(4, words.Count - given));
        else if (words.Count is 2 or 3) name = words;
        else return;
        // « Samuel L. Jackson », « George W. Bush »: an initial between the given name and the surname is the name's.
        for (var k = 1; k < name.Count; k++)
            if (!(k < name.Count - 1 && PersonNameRuns.IsInitial(name[k].Text)) && IsNoSurname(WithoutParticle(name[k].Text), known)) return;
        // « le Bloc Québécois »: without a given name, an article opens a thing's name, not a surname (« Le Pen » alone is one word).
        if (!known && (NeverAPerson.Contains(name[0].Text) || name[0].Text.StartsWith("Le ", StringComparison.Ordinal) || name[0].Text.StartsWith("La ", StringComparison.Ordinal))) return;

        var span = new Span(name[0].Span.Start, name[^1].Span.End);
        var beforeStart = Math.Min(sentenceStart, span.Start);
        var afterEnd = Math.Min(matchable.Length, span.End + 160);
        var before = matchable.AsSpan(beforeStart..span.Start);
        var after = matchable.AsSpan(span.End..afterEnd);
        if (PersonContext.IsByline(before, after)) return;
        // A role written before the name is the one the article gives it ("Son cofondateur et
        // directeur général, Luis von Ahn, ancien professeur..."); an apposition comes second.
        var role = PersonContext.RoleBefore(text, beforeStart, span.Start) ?? PersonContext.RoleAfterName(text, span.End, afterEnd);
        var handle = PersonContext.HandleAfter().Match(matchable, span.End, afterEnd - span.End) is { Success: true } h ? h.Groups["handle"].Value : null;
        var confirmed = known || role is not null || handle is not null
            || PersonContext.AgeAfter().IsMatch(after)
            || PersonContext.AttributionAfter().IsMatch(after)
            || PersonContext.AttributionBefore().IsMatch(before)
            || PersonContext.TitleBefore().IsMatch(before);
        var surname = name.Count == 2 ? name[1].Text : string.Join(' ', name.GetRange(1, name.Count - 1).Select(w => w.Text));
        candidates.Add(new PersonCandidate(span, text.Original[span.Start..span.End], surname, role, handle, confirmed));
    }

    // The length of « de », « du » or « d' » ending the text before a name, when a title stands before it.
    private static int ParticleAfterTitle(ReadOnlySpan<char> prefix)
    {
        var particle = prefix.EndsWith("de ", StringComparison.Ordinal) || prefix.EndsWith("du ", StringComparison.Ordinal) ? 3
            : prefix.EndsWith("d'", StringComparison.Ordinal) ? 2 : 0;
        if (particle == 0 || prefix.Length <= particle) return 0;
        // Only the word before the particle can be the title: the pattern reads from the space before it.
        var head = prefix[..^particle];
        var word = Math.Max(0, head.TrimEnd(' ').LastIndexOfAny(' ', '\n'));
        return PersonContext.TitleBefore().IsMatch(head[word..]) ? particle : 0;
    }

    // Heads of events and institutions: "Festival de Cannes", "Sommet pour l'action" are not people.
    private static readonly HashSet<string> NeverAPerson = new(StringComparer.Ordinal)
    {
        "Festival", "Sommet", "Salon", "Forum", "Prix", "Coupe", "Jeux", "Championnat", "Conférence", "Biennale",
        "Mostra", "Berlinale", "Union", "Conseil", "Commission", "Comité", "Institut", "Agence", "Autorité", "Association",
        "Syndicat", "Fédération", "Collectif", "Observatoire", "Fondation", "Université", "École", "Musée", "Centre",
        "Groupe", "Société", "Banque", "Cour", "Tribunal", "Ministère", "Palais", "Place", "Rue", "Avenue", "Boulevard",
        "Gare", "Aéroport", "Lycée", "Collège", "Hôpital", "Théâtre", "Opéra", "Stade", "Parc", "Mont", "Lac", "Île",
        "Saint", "Sainte", "Cap", "Loi", "Plan", "Pacte", "Rapport", "Projet", "Programme", "Opération", "Guerre",
    };

    // The words that qualify a title (« Secrétaire Général Adjoint », « Directeur Général Délégué »).
    private static readonly HashSet<string> TitleQualifiers = new(StringComparer.Ordinal)
    {
        "général", "générale", "adjoint", "adjointe", "délégué", "déléguée", "exécutif", "exécutive", "national", "nationale",
    };

    private static readonly HashSet<string> TitleWords = new(RoleNouns.Forms.Concat(TitleQualifiers), StringComparer.Ordinal);

    // « Président », « Le Président »: a title, capitalised as some pages write them.
    internal static bool IsCapitalisedTitle(string word)
    {
        var bare = word.StartsWith("Le ", StringComparison.Ordinal) || word.StartsWith("La ", StringComparison.Ordinal) ? word[3..] : word;
        return bare.Length > 1 && char.IsUpper(bare[0]) && !bare.Contains(' ') && TitleWords.Contains(bare.ToLowerInvariant());
    }

    private static string WithoutParticle(string word) =>
        PersonNameRuns.StartsWithParticle(word) ? word[(word.LastIndexOf(' ') + 1)..] : word;

    private static bool IsNoName(string word) =>
        CapitalizedStopwords.Contains(word) || Gazetteer.Places.Contains(word) || IsShout(word);

    // A surname is never an organisation, a date word or a lone initial, nor a place unless a
    // known given name comes first: after one, a company's or a city's name is a family name
    // ("Vincent Bolloré", "Drew Houston").
    private static bool IsNoSurname(string word, bool afterGivenName) =>
        CapitalizedStopwords.Contains(word)
        || (!afterGivenName && (Gazetteer.Places.Contains(word) || Gazetteer.OneWordOrganizations.Contains(word))) || !IsSurnameWord(word);

    // Initials ("F."), lone letters and regnal numbers ("Georges V", "Maria II") are not surnames.
    private static bool IsSurnameWord(string word) =>
        word.Count(char.IsLetter) >= 2 && !word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    // All-capital words of three letters or more are acronyms or shouting ("OBNOXE", "SEMAINES").
    private static bool IsShout(string word) => word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
