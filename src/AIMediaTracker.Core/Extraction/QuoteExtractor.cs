using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds direct quotations and attributes them to a speaker: embedded tweets to their
/// signature, quoted speech to the name in its incise ("», explique X"), to the person a
/// pronoun incise points back to ("», résume-t-il"), or to the speaker introducing it
/// ("X s'est dit étonné : « ... »", "Selon X, « ... »").
/// </summary>
public static partial class QuoteExtractor
{
    // Shorter quoted text is a title or a word held at a distance (« licorne », "Future Unscripted").
    private const int MinWords = 4;
    private const int InciseWindowChars = 60;

    public static IReadOnlyList<QuoteFact> Extract(ArticleText text, IReadOnlyList<PersonFact> people, IReadOnlyList<OrganizationFact> organizations)
    {
        var speakers = new SpeakerIndex(text, people, organizations);
        var quotes = new List<QuoteFact>();
        var tweets = TweetFinder.Find(text.Matchable);
        foreach (var tweet in tweets)
            quotes.Add(new QuoteFact(TweetAuthor(tweet, people), text[tweet.Body], tweet.Body));

        var quoted = text.Quotations;
        bool InsideQuote(Span span) => quoted.Any(q => q.Outer.Start <= span.Start && span.End <= q.Outer.End);
        var press = organizations.Where(o => OrganizationFact.IsPressKind(o.Kind)).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var q in quoted)
        {
            if (tweets.Any(t => t.Body.Overlaps(q.Outer)) || !IsSpeech(text, q)) continue;
            quotes.Add(new QuoteFact(Speaker(text, q, speakers, InsideQuote, press), text[q.Inner], q.Inner));
        }
        return quotes.OrderBy(q => q.Span.Start).ToList();
    }

    private static bool IsSpeech(ArticleText text, QuotationMarks.Quoted q)
    {
        var words = CountWords(text.Matchable.AsSpan(q.Inner.Start, q.Inner.Length));
        if (WorkTitles.IsQuotedAfterWorkNoun(text.Matchable, q.Outer, q.Inner) || WorkTitles.IsQuotedAfterNamingWord(text.Matchable, q.Outer)
            || WorkTitles.IsQuotedBeforeWorkNoun(text.Matchable, q.Outer) || IsCapitalisedName(text.Matchable.AsSpan(q.Inner.Start, q.Inner.Length))) return false;
        if (words >= MinWords) return true;
        // A short line is still speech when introduced by a colon: Il a dit : « C'est fini. »
        var before = text.Matchable.AsSpan(0, q.Outer.Start).TrimEnd();
        return words >= 2 && before.EndsWith(':');
    }

    // « Accompagnement Personnalisé du Conseiller », « Management Automatisé de la Qualité »: every word but the small ones
    // capitalised, and no sentence's end, is a name spelt out, not speech.
    private static bool IsCapitalisedName(ReadOnlySpan<char> inner)
    {
        var capitalised = 0;
        var trimmed = inner.Trim();
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty) continue;
            if (word.Length >= 4 && !char.IsUpper(word[0])) return false;
            if (word.IndexOfAny('.', '!', '?') >= 0) return false;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return capitalised >= 2;
    }

    // The words between single spaces, as Split(' ', RemoveEmptyEntries) would count them.
    private static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) count++;
        return count;
    }

    private static string? Speaker(ArticleText text, QuotationMarks.Quoted q, SpeakerIndex speakers, Func<Span, bool> insideQuote, HashSet<string> press)
    {
        var s = text.Matchable;
        var lineStart = s.LastIndexOf('\n', Math.Max(0, q.Outer.Start - 1)) + 1;
        var lineEnd = s.IndexOf('\n', q.Outer.End);
        if (lineEnd < 0) lineEnd = s.Length;

        // « « …, rappelle Festus Kiragu, directeur de Cloudfactory. Et cela crée des emplois. » »: the incise inside the quotation.
        for (var inner = InnerIncise().Match(s, q.Inner.Start, q.Inner.Length); inner.Success; inner = inner.NextMatch())
            if (PersonAfterVerb(s, speakers, inner.Index + inner.Length, q.Inner.End) is { } named) return named;

        var tail = s[q.Outer.End..Math.Min(lineEnd, q.Outer.End + InciseWindowChars)];
        var incise = Incise().Match(tail);
        if (incise.Success)
        {
            if (incise.Groups["pronoun"].Success)
                return speakers.LastIn(0, q.Outer.Start, personOnly: true, insideQuote)?.Name;
            var from = q.Outer.End + incise.Length;
            // A name right after the verb (« se désole Sacha »), a few characters of spacing at most.
            if (speakers.FirstIn(from, lineEnd, personOnly: false) is { } named && named.Span.Start <= from + 3) return named.Name;
            // A name the person extractor missed is still the speaker of its incise.
            var written = WrittenName().Match(s, from);
            // « affirme le CEO de The Atlantic, Nick Thompson »: a title written in capitals opens a role, not a name.
            if (written.Success && written.Index == from && !PersonContext.OpensWithTitle(written.ValueSpan)) return written.Value;
            if (PersonAfterVerb(s, speakers, from, lineEnd) is { } appositive) return appositive;
        }

        // « », tranche cette recherche, qui… chapeautée par Anne Bouverot »: the incise describes its speaker without naming it,
        // and the next name in the paragraph is not it. Someone new (« nous affirme le fondateur d'une start-up ») is no one the
        // article names; a title (« soutient la comédienne ») is the person named last before; anything else (« écrit l'agence »,
        // « a déclaré le syndicat », « tranche cette recherche ») the organisation named last before in the paragraph, if any.
        if (DescribedIncise().Match(s, q.Outer.End) is { Success: true } described && described.Index == q.Outer.End
            && !described.Groups["rest"].Value.Any(char.IsUpper))
        {
            // « a déclaré son propriétaire, Axel Springer SE », « répond son agent, l'avocat genevois Jacques Barillon »: named in
            // apposition after all, behind a few lower-case words at most.
            var end = described.Index + described.Length;
            if (end < lineEnd && s[end] == ',' && speakers.FirstIn(end + 1, lineEnd, personOnly: false) is { } appositive
                && DescribedApposition().IsMatch(s.AsSpan(end, appositive.Span.Start - end)))
                return appositive.Name;
            if (described.Groups["indefinite"].Success || IndefiniteComplement().IsMatch(described.Groups["rest"].ValueSpan)) return null;
            if (PersonContext.IsTitle(described.Groups["noun"].ValueSpan)) return speakers.LastIn(0, q.Outer.Start, personOnly: true, insideQuote)?.Name;
            // Only as far back as the sentence before the quotation: further, « l'agence » is more often one the article did not list.
            var lastChar = s.AsSpan(0, q.Outer.Start).TrimEnd().Length - 1;
            var from = lastChar < lineStart ? lineStart : Math.Max(lineStart, text.SentenceAt(lastChar).Start);
            return speakers.LastIn(from, q.Outer.Start, personOnly: false, insideQuote, organizationOnly: true)?.Name;
        }

        // The speaker introduces the quotation in the same sentence ("X a déclaré : ...").
        var sentenceStart = Math.Max(lineStart, text.SentenceAt(Math.Max(0, q.Outer.Start - 1)).Start);
        if (sentenceStart >= q.Outer.Start) sentenceStart = lineStart;
        // « Selon M. Cruz, de nombreux projets de The Clueless étaient « … » », « Pour Stephan Kalb, comédien, … de l'association
        // Les Voix, « … » »: who the sentence's opening credits, not a name after
        // it; but a paper relays others' words (« Selon Bloomberg, … après que Duolingo se soit vanté … de produire « … » »), and
        // a quotation announced by a colon is its announcer's (« Selon Klaus Wendt, OpenAI a déclaré : « … » »).
        if (!s.AsSpan(sentenceStart, q.Outer.Start - sentenceStart).TrimEnd().EndsWith(":") && CreditOpening().Match(s, sentenceStart) is { Success: true } opening
            && speakers.FirstIn(opening.Index + opening.Length, q.Outer.Start, personOnly: false) is { } credited && credited.Span.Start == opening.Index + opening.Length
            && !press.Contains(credited.Name))
            return credited.Name;
        // « de Maylis de Kerangal (Gallimard, 2024), l'héroïne annonce … « … » »: a name in closed brackets is a reference, not who speaks.
        bool insideQuoteOrBrackets(Span span) => insideQuote(span) || InClosedBrackets(s, span, q.Outer.Start);
        var before = speakers.LastIn(sentenceStart, q.Outer.Start, personOnly: false, insideQuoteOrBrackets);
        // « Klaus Wendt, directeur de Brennwerk, a précisé que « … » »: the firm in the person's
        // apposition is where the speaker works, not who speaks; nor is the role voiced in « Emmanuel Curtil,
        // voix française de Jim Carrey, qui alerte : « … » ».
        // Nor in brackets after the name: « Laurent Hué (Sipa Ouest-France) : « … » ».
        if (before is { } last && speakers.LastIn(sentenceStart, last.Span.Start, personOnly: true, insideQuoteOrBrackets) is { } person
            && (s[person.Span.End] == ',' && EmployerLink().IsMatch(s.AsSpan(person.Span.End, last.Span.Start - person.Span.End))
                || BracketedEmployer().IsMatch(s.AsSpan(person.Span.End, last.Span.Start - person.Span.End))))
            return person.Name;
        // « Julie Sweet a déclaré dans le Financial Times que « … » », « a confié au Monde : « … » »: the paper it was said
        // in or to is no speaker when someone before it in the sentence is.
        if (before is { IsPerson: false } venue && Venue().IsMatch(s.AsSpan(Math.Max(sentenceStart, venue.Span.Start - VenueReach), Math.Min(VenueReach, venue.Span.Start - sentenceStart)))
            && speakers.LastIn(sentenceStart, venue.Span.Start, personOnly: true, insideQuote) is { } teller)
            return teller.Name;
        if (before is { } b) return b.Name;

        // Otherwise whoever the paragraph names first after it, then last before it.
        return speakers.FirstIn(q.Outer.End, lineEnd, personOnly: true)?.Name
            ?? speakers.LastIn(lineStart, q.Outer.Start, personOnly: true, insideQuoteOrBrackets)?.Name;
    }

    // Whether the name sits between brackets that close before the quotation opens, with more than the name inside
    // (« (Gallimard, 2024) »): a name alone there is how the words before it are called (« (SGLCE-CGT) »).
    private static bool InClosedBrackets(string s, Span span, int quoteStart)
    {
        var open = s.LastIndexOf('(', span.Start);
        var close = open < 0 ? -1 : s.IndexOf(')', open);
        return close >= span.End && close < quoteStart
            && !(s.AsSpan(open + 1, span.Start - open - 1).IsWhiteSpace() && s.AsSpan(span.End, close - span.End).IsWhiteSpace());
    }


    private static string TweetAuthor(TweetFinder.Tweet tweet, IReadOnlyList<PersonFact> people)
    {
        var byHandle = people.FirstOrDefault(p => string.Equals(p.Handle, tweet.Handle, StringComparison.OrdinalIgnoreCase));
        if (byHandle is not null) return byHandle.Name;
        var key = FrenchTypography.Key(tweet.Author);
        return people.FirstOrDefault(p => FrenchTypography.Key(p.Name) == key)?.Name ?? tweet.Author;
    }

    // After the closing mark: ", raconte Léa Marchand" or ", explique-t-elle" / ", a-t-il déclaré"; in Québec also
    // ", d'ajouter Carl Beaudoin" (« de » and the infinitive).
    [GeneratedRegex(@"^\s*(?:,\s*)?\p{L}+(?:-t)?-(?<pronoun>il|elle|ils|elles)\b|^\s*,\s*(?:d'(?=\p{Ll}+er\s))?(?:\p{Ll}+\s+){1,2}(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Incise();

    private const int RoleReach = 60;

    [GeneratedRegex(@"\G\s*(?:[Ss]elon|[Dd]'après|[Dd]’après|[Pp]our)\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    // The person an incise's verb names: right after it (« , rappelle Festus Kiragu »), or after a role, in apposition (« prévient
    // son délégué, Pierre Lacroix », « analyse la cheffe des ressources humaines de PwC Canada, Sonia Boisvert ») or right
    // before the name (« twitte immédiatement l'illustrateur Jérémie Fleury »).
    private static string? PersonAfterVerb(string s, SpeakerIndex speakers, int from, int end)
    {
        if (speakers.FirstIn(from, end, personOnly: true) is not { } named) return null;
        if (named.Span.Start == from) return named.Name;
        var role = s.AsSpan(from, named.Span.Start - from);
        return role.Length <= RoleReach && (RoleThenComma().IsMatch(role) && (char.IsLower(role[0]) || PersonContext.OpensWithTitle(role)) || RoleThenName().IsMatch(role))
            ? named.Name : null;
    }

    private const int VenueReach = 30;

    // What a paper follows when something is said in it or to it: « dans l'Irish Times », « au Monde », « au micro de BFM ».
    [GeneratedRegex(@"(?<![\p{L}])(?:dans|à|au|aux|auprès\s+d[eu]|au\s+micro\s+d[eu]|sur\s+l'antenne\s+d[eu]|dans\s+les\s+colonnes\s+d[eu])\s*(?:l'|le\s+|la\s+|les\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Venue();

    // « délégué, », « secrétaire générale de la CGT, », « CEO de The Atlantic, »: a role closed by the comma before its holder;
    // it opens lower case or with a title written in capitals.
    [GeneratedRegex(@"^[^,;:.!?«»""]{1,51},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenComma();

    // « l'illustrateur », « la comédienne québécoise »: a determiner and a role of a few lower-case words, right before its holder.
    [GeneratedRegex(@"^(?:l'|l’|le\s+|la\s+)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenName();

    // ", directeur général de " right before the employer's name, with no other comma in between; or ", patronne de l'agence
    // de traducteurs " before it, the employer's cue between.
    [GeneratedRegex(@"^,[ ][^,;:.!?«»""]{1,60}(?:de|du|d'|chez|à)[ ]?(?:(?:l'|la[ ]|le[ ]|les[ ])?\p{Ll}[\p{Ll}-]*(?:[ ]\p{Ll}[\p{Ll}'-]*){0,3}[ ])?$", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerLink();

    [GeneratedRegex(@"\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|du|von|van|di|da|le|la)\s+)?\p{Lu}[\p{L}'-]+){1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenName();

    [GeneratedRegex(@",[ ](?:explique|rappelle|raconte|dit|souligne|précise|ajoute|poursuit|affirme|estime|insiste|confie|assure|indique|note|observe|prévient|résume|reconnaît|détaille|témoigne|déplore|regrette|s'inquiète|analyse|commente|nuance|soutient|martèle)[ ]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerIncise();

    // " (" and at most a few words right before the employer, inside the brackets after its employee's name.
    [GeneratedRegex(@"^[ ]\([^()\n]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedEmployer();

    // After the closing mark, a verb (behind its pronoun or auxiliary) and its subject described by a determiner and a noun:
    // « , tranche cette recherche », « , nous affirme le fondateur d'une start-up », « , soutient la comédienne ». Not a
    // conjunction or a preposition going on with the sentence (« », et le projet… »).
    [GeneratedRegex(@"\G\s*,\s*(?:(?:nous|me|lui|leur|vous)\s+|m')?(?:(?:a|ont|avait|avaient)\s+|(?:de\s+|d')(?=\p{Ll}+er\s))?(?!(?:et|ou|mais|donc|puis|car|dans|pour|avec|sur|en|à|de|du|des|selon|comme|alors|avant|après|depuis|lors|quand|si|que|qui|dont|où|le|la|les|un|une|ce|cet|cette|ces|soit|tandis|même|voire)\s)\p{Ll}[\p{Ll}-]*(?<!ant)\s+(?:(?<indefinite>un|une)\s+|(?:le|la|les|cette|ce|cet|ces|son|sa|ses|leur|leurs|notre|nos)\s+|l')(?<noun>\p{Ll}[\p{Ll}-]*)(?<rest>[^,;:.!?«»""\n]{0,80})",
        RegexOptions.CultureInvariant)]
    private static partial Regex DescribedIncise();

    // The comma, then the name, or a noun phrase of a few lower-case words (« , l'avocat genevois ») before it; not
    // « , cité par », whose name is someone else.
    [GeneratedRegex(@"^,\s*(?:(?:l'|l’|le\s+|la\s+|les\s+|un\s+|une\s+|son\s+|sa\s+|ses\s+|leur\s+)(?:[\p{Ll}'’-]+\s+){1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedApposition();

    // « le fondateur d'une start-up », « la directrice d'un cabinet »: someone the article does not name.
    [GeneratedRegex(@"(?:^|\s)(?:d'une?|une?|des)\s", RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteComplement();
}
