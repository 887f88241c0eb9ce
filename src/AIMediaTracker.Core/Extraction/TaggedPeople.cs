using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// People the tagger found that no name run gave: a famous person named by the surname alone
/// ("Staline", "Voltaire"), or a name with no given name the lists know. Only clear decisions
/// count, and never a word that is a place, a listed organisation or a capitalised stopword; a
/// surname alone needs a context, a sure tagger or a second mention in the article.
/// </summary>
public static partial class TaggedPeople
{
    /// <summary>How far the person label must beat "outside" on the name's first word.</summary>
    public const float MinimumMargin = 2f;


    public static IEnumerable<(Span Span, string Name)> Find(ArticleText text)
    {
        var matchable = text.Matchable;
        foreach (var entity in ArticleNames.Of(text))
        {
            if (entity.Type != "PER" || entity.Margin < MinimumMargin) continue;
            var words = NerToken.Split(matchable, entity.Span.Start, entity.Span.End)
                .Where(t => char.IsLetter(matchable[t.Start])).ToList();
            // « Le Bloc Québécois »: an article and two words, no given name, name a thing; « Secrétaire Général Adjoint de la
            // Fédération »: capitalised titles open no name, nor do the words after them.
            if (words.Count >= 3 && matchable[words[0].Start..words[0].End] is "Le" or "La" or "Les" && !Gazetteer.IsGivenName(matchable[words[1].Start..words[1].End])) continue;
            if (words.Count > 0 && PersonCandidateReader.IsCapitalisedTitle(matchable[words[0].Start..words[0].End])) continue;
            while (words.Count > 0 && IsNoName(matchable[words[0].Start..words[0].End])
                && !(words.Count >= 2 && Gazetteer.IsGivenName(matchable[words[0].Start..words[0].End]))) words.RemoveAt(0);
            while (words.Count > 0 && IsNoName(matchable[words[^1].Start..words[^1].End])) words.RemoveAt(words.Count - 1);
            if (words.Count == 0) continue;
            var span = new Span(words[0].Start, words[^1].End);
            var name = text.Original[span.Start..span.End];
            if (OrganizationCues.IsFollowedByApposition(matchable, span.End) || IsListedBesidePlace(matchable, span, words.Count)) continue;
            // "Par Hélène Castagnet · 23/05/2024": the byline's author is not a person of the story.
            var sentence = text.SentenceAt(span.Start);
            if (PersonContext.IsByline(matchable.AsSpan(Math.Min(sentence.Start, span.Start)..span.Start),
                matchable.AsSpan(span.End..Math.Min(matchable.Length, span.End + 160)))) continue;
            // The cheap refusals first: the mentions are counted over the whole text.
            if (words.Count == 1 && (name.Length < 3 || Gazetteer.OneWordOrganizations.Contains(name) || name.All(c => !char.IsLetter(c) || char.IsUpper(c)) || IsDemonym(name)
                || (Gazetteer.IsGivenName(name) && entity.Margin < SureGivenNameMargin)
                || PersonMentions(matchable, matchable[span.Start..span.End]) is var mentions
                    && (mentions == 0 || !(IsSureOrNamedAgain(matchable, span, entity.Margin, mentions) || HasPersonContext(text, span)))))
                continue;
            yield return (span, name);
        }
    }

    /// <summary>
    /// How far the person label must beat "outside" for a surname or a given name alone with no
    /// context ("Voltaire", "Churchill"), in the model's weight units. On HIPE dev most lone names
    /// above it are people; on the modern pages (news-fr, news-fr-real) the lone product, game or
    /// band names the tagger calls people stay below it, the highest at 12 282 (« Xbox »), once things
    /// given a name (« un assistant nommé Jaspar », 14 146) are set aside: a thin margin, which unseen
    /// pages may cross. NerModelBuildTests pins the model it is read on: a retrained model needs it
    /// measured again.
    /// </summary>
    public const float SureMargin = 15_000f;

    /// <summary>
    /// A given name alone ("Louise", "Maurice") asks for more: between 15 000 and 20 000 the five
    /// given names the tagger added on HIPE dev were none of them people.
    /// </summary>
    public const float SureGivenNameMargin = 20_000f;

    // A surname alone stands for a person where the tagger is sure of it or the article names it
    // again ("Chanel ... Chanel"), unless a capitalised word or a number goes on with it: « Couleur 3 »,
    // « Choose France », « Albert-Londres » are one longer name the tagger cut.
    private static bool IsSureOrNamedAgain(string text, Span span, float margin, int mentions) =>
        !(span.End + 1 < text.Length && (text[span.End] is ' ' or '-') && (char.IsUpper(text[span.End + 1]) || char.IsDigit(text[span.End + 1])))
        && (margin >= SureMargin || mentions >= 2);

    // How many times the article writes the word alone; none when it gives the name to a thing
    // (« une plateforme baptisée Marcel », « Agentforce, sa plateforme »), which is then no person whatever the sentence says.
    private static int PersonMentions(string text, string word)
    {
        var seen = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (i + word.Length < text.Length && char.IsLetterOrDigit(text[i + word.Length]))) continue;
            if (IsNamedThing(text, i) || IsThingInApposition(text, i + word.Length)) return 0;
            seen++;
        }
        return seen;
    }

    // « une plateforme baptisée Marcel », « un assistant nommé Jaspar »: a thing given a name.
    private static bool IsNamedThing(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var word = before[(before.LastIndexOfAny(' ', '\n', '(') + 1)..];
        return word.StartsWith("baptisé", StringComparison.Ordinal) || word.StartsWith("nommé", StringComparison.Ordinal);
    }

    // « le projet appelé Max Intervention », « un personnage nommé Clive Rosfield »: a thing given a name, whatever its length;
    // « la nouvelle marque Ateko », « le logiciel Perfect Memory »: a thing's noun right before the name.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:projet|outil|programme|logiciel|dispositif|plan|système|application|appli|plateforme|modèle|robot|assistante?|agent|chatbot|service|algorithme|avatar|personnage|jeu|opération)s?[ ]"
        + @"(?:appel|baptis|nomm|dénomm|surnomm|intitul)ée?s?"
        + @"|(?:le|la|l'|sa|son|leur|une?|ce|cette)[ ]?(?:nouvel(?:le)?[ ])?(?:marque|logiciel|plateforme|outil|application|appli|programme|dispositif|chatbot|algorithme))[ ]$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ThingNamedBefore();

    private static readonly HashSet<string> Demonyms = new(Nationalities.Forms, StringComparer.Ordinal);

    // « les Québécois », « le Bloc Québécois »: a people's name, capitalised, is no one's.
    private static bool IsDemonym(string word) => Demonyms.Contains(word.ToLowerInvariant());

    /// <summary>Whether the article gives the name to a thing anywhere (« le projet appelé Max Intervention »).</summary>
    internal static bool IsGivenToAThing(string text, string name) => NameOccurrences.AnyPrecededBy(text, name, ThingNamedBefore(), 60);

    /// <summary>One word listed beside a town is one too (« à Montpellier, Alès ou Perpignan »), whatever the tagger says.</summary>
    internal static bool IsListedBesidePlace(string text, Span span, int words)
    {
        if (words != 1) return false;
        var before = ListedWordBefore().Match(text, Math.Max(0, span.Start - 40), Math.Min(40, span.Start));
        var after = ListedWordAfter().Match(text, span.End);
        return (before.Success && Gazetteer.Places.Contains(before.Groups["word"].Value)) || (after.Success && Gazetteer.Places.Contains(after.Groups["word"].Value));
    }

    [GeneratedRegex(@"(?<word>\p{Lu}[\p{L}-]+)(?:,[ ]|[ ]et[ ]|[ ]ou[ ])$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ListedWordBefore();

    [GeneratedRegex(@"\G(?:,[ ]|[ ]et[ ]|[ ]ou[ ])(?<word>\p{Lu}[\p{L}-]+)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ListedWordAfter();

    // « Agentforce, sa plateforme d'agents virtuels », « Billie, un assistant »: a thing in apposition.
    private static bool IsThingInApposition(string text, int end) => ThingApposition().IsMatch(text, end);

    [GeneratedRegex(@"\G,[ ](?:sa|son|leur|notre|une?|la|le|l')[ ]?(?:nouvel(?:le)?[ ])?(?:plateformes?|outils?|assistante?s?|agents?|modèles?|logiciels?|applications?|applis?|chatbots?|robots?|solutions?|IA|intelligence[ ]artificielle)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ThingApposition();

    // "le président Wilson", "Staline a déclaré", "selon Foch": a surname alone stands for a
    // person only where the sentence says so; on modern pages a lone capitalised word the tagger
    // calls a person is more often a product, a band or a start-up.
    private static bool HasPersonContext(ArticleText text, Span span)
    {
        var matchable = text.Matchable;
        var sentence = text.SentenceAt(span.Start);
        var before = matchable.AsSpan(sentence.Start..span.Start);
        var after = matchable.AsSpan(span.End..Math.Min(matchable.Length, span.End + 160));
        return PersonContext.RoleBefore(text, sentence.Start, span.Start) is not null
            || PersonContext.RoleAfter().IsMatch(after) || PersonContext.AgeAfter().IsMatch(after)
            || PersonContext.AttributionAfter().IsMatch(after) || PersonContext.AttributionBefore().IsMatch(before);
    }

    private static bool IsNoName(string word) =>
        CapitalizedStopwords.Contains(word) || Gazetteer.Places.Contains(word) || !char.IsUpper(word[0]);
}
