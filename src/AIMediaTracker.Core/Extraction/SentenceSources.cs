using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Who a sentence credits: the source after « selon », « d'après », « une étude de », and the
/// speakers of its reporting verbs (« Reach a annoncé », « estime Patrick Delmas »), resolved to
/// the organisations and people the article names.
/// </summary>
internal sealed partial class SentenceSources
{
    private const int NameReach = 60;

    private readonly string s;
    private readonly ArticleText text;
    private readonly FigureNames names;
    private readonly List<(int At, string Name)> speakers = [];
    private readonly List<int> sourceMentions = [];

    public SentenceSources(ArticleText text, Span sentence, FigureNames names, string? lastSource, string? topic)
    {
        this.text = text;
        s = text.Matchable;
        this.names = names;
        Sentence = sentence;
        Paragraph = sentence.Start == 0 ? -1 : s.LastIndexOf('\n', sentence.Start - 1);
        var mentions = names.In(sentence.Start, sentence.End);
        var start = FirstWord(sentence);
        ContinuesSource = FigureClaimWords.Continuation.Match(s, start, sentence.End - start) is { Success: true } c && c.Index == start
            || Holds(AnchorWords.Inversions) && FigureClaimWords.Inversion.IsMatch(s.AsSpan(sentence.Start, sentence.Length));
        // « …dont 15 000 chez Intel et 12 500 chez Dell. Ce dernier va se séparer de 10 % de son personnel »: the organisation named last.
        // Not the maker of a tool named last (« son chatbot alimenté par OpenAI. Celui-ci traitait… » is the chatbot).
        if (sentence.Start > 0 && StartsWithLastNamed().IsMatch(s.AsSpan(start, sentence.End - start))
            && names.In(text.SentenceAt(s.AsSpan(0, sentence.Start).TrimEnd().Length - 1).Start, start) is [.., var last] && !last.IsPerson
            && !IsGovernedBy(Provider(), last, ProviderReach, floor: 0))
            Referent = last.Name;
        // « En février 2024, la firme a licencié 900 personnes », « Présente dans 18 pays, la multinationale emploie… »,
        // « Après Publicis et WPP en janvier, le groupe va placer… »: the subject after a fronted complement, whose
        // names are not the clause's (but « Chez Zorbex, la direction… » is Zorbex's).
        var comma = s.IndexOf(',', start, Math.Min(FrontedReach, sentence.End - start));
        var fronted = comma > 0 && FrontedComplement().IsMatch(s.AsSpan(start, comma - start)) && EmployerAnaphorAt(comma + 1, sentence);
        if (fronted && FrontedAtFirm().IsMatch(s.AsSpan(start, comma - start)))
        {
            if (Referent is null && names.In(start, comma) is [.., var firm] && !firm.IsPerson && !FigureNames.IsPlace(firm.Name)) Referent = firm.Name;
        }
        else if (fronted) FrontedNamesEnd = comma;
        OpensWithEmployerAnaphor = Referent is not null || EmployerAnaphorAt(start, sentence)
            || StartsWithPronoun().IsMatch(s.AsSpan(start, sentence.End - start)) || fronted;
        topic = Referent ?? topic;
        ReadSource(sentence, start, lastSource, topic);
        ReadSpeakers(sentence, lastSource, topic);
        foreach (var m in mentions)
            if (!sourceMentions.Contains(m.Start)) NamesAnyone = true;
        var first = true;
        // « Pendant que WPP parle d'écosystème, Publicis a préféré… »: the names of a fronted subordinate clause are not what
        // the sentence is about; its main clause starts after the comma.
        var main = start;
        if (SubordinateOpening().IsMatch(s.AsSpan(start, sentence.End - start))
            && s.IndexOf(',', start, Math.Min(SubordinateReach, sentence.End - start)) is var close and > 0)
            main = FirstWord(new Span(close + 1, sentence.End));
        foreach (var m in mentions)
        {
            if (sourceMentions.Contains(m.Start) || m.Start < main) continue;
            var opens = m.Start - main <= 40 && (!Governed().IsMatch(s.AsSpan(main, m.Start - main)) || FrontedPlace(main, m));
            if (m.IsPerson)
            {
                if (first && opens) InitialPerson = m.Name;
                first = false;
                continue;
            }
            if (opens) InitialOrganization = m.Name;
            // « Patron et cofondateur de Dropbox, Drew Houston a annoncé »: the firm of a role fronted before the person.
            else if (IsFrontedRolesFirm(m)) continue;
            break;
        }
    }

    public Span Sentence { get; }

    /// <summary>Where the sentence's paragraph starts (the line break before it), to carry a source within it.</summary>
    public int Paragraph { get; }

    /// <summary>The source a cue names (« selon le FMI »), or null.</summary>
    public string? Source { get; private set; }

    /// <summary>The source when it opens the sentence (« D'après un rapport de X, ... »): it frames the paragraph.</summary>
    public string? Framing { get; private set; }

    public string? FirstSpeaker => speakers.Count == 0 ? null : speakers[0].Name;

    /// <summary>The sentence goes on with what the last source said (« Il en ressort que », « prévient-elle »).</summary>
    public bool ContinuesSource { get; }

    /// <summary>The firm talked about, speaking after its verb (« ..., a précisé l'entreprise »), or null.</summary>
    public string? FirmSpeaking { get; private set; }

    /// <summary>The sentence opens on « l'entreprise », « la firme », « il »: the firm talked about.</summary>
    public bool OpensWithEmployerAnaphor { get; }

    /// <summary>Where a complement fronted before « le groupe », « la firme »… ends (its comma), when its names are not the clause's; else 0.</summary>
    private int FrontedNamesEnd { get; }

    /// <summary>
    /// The organisation the sentence's opening refers to: the last named before it for « ce dernier », « cette dernière »,
    /// the one fronted in « Chez Zorbex, la direction… ». It becomes the one talked about.
    /// </summary>
    public string? Referent { get; }

    /// <summary>The sentence names someone other than its source (« d'après le Financial Times » only credits).</summary>
    public bool NamesAnyone { get; }

    /// <summary>The organisation the sentence opens with, which becomes the one talked about.</summary>
    public string? InitialOrganization { get; }

    /// <summary>The person the sentence opens with (« Marguerite Bérard a présenté... »), or null.</summary>
    public string? InitialPerson { get; }

    public bool IsSource(string name) => Source == name;

    public bool IsSpeaker(string name) => speakers.Exists(p => p.Name == name);

    /// <summary>
    /// Whether <paramref name="name"/> says, before <paramref name="at"/>, that something is so (« précise que »), or relays
    /// news (« avait rapporté une coupe de 700 emplois »): it tells, it does not act.
    /// </summary>
    public bool ReportsThat(string name, int at)
    {
        foreach (var (verb, speaker) in speakers)
            if (speaker == name && verb < at && (ThatClause().IsMatch(s.AsSpan(verb, at - verb)) || RelayVerb().IsMatch(s.AsSpan(verb, at - verb)))) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/> publishes, before <paramref name="at"/>, a study or figures (« Goldman Sachs publiait une
    /// étude : 300 millions d'emplois… », « sortait des chiffres »): it tells what they found, whoever's jobs they count.
    /// </summary>
    public bool PublishesStudy(string name, int at)
    {
        foreach (var (verb, speaker) in speakers)
            if (speaker == name && verb < at && StudyPublication().IsMatch(s.AsSpan(verb, at - verb))) return true;
        return false;
    }

    // The speech-verbs entry of figure-lexicon.txt that makes a publisher a speaker, told apart here from « annonce » and the like.
    [GeneratedRegex(@"^(?:publi|sort|dévoil|présent)\p{L}*\s+(?:une?|des|son|sa|ses|le|la|les|de)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudyPublication();

    // « rapporte », « a révélé », « faisait état de », « a appris », « chiffre »: verbs of news heard from others, whatever follows.
    [GeneratedRegex(@"^(?:rapport|révél|chiffr|f\p{L}+\s+état|(?:a|ont)\s+appris)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelayVerb();

    // « précise qu'« près de », « affirme que », « a appris que »: a content clause after the verb, up to the figure.
    [GeneratedRegex(@"^(?:\p{L}+\s+){1,2}qu(?:e\s|')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatClause();

    /// <summary>The speaker of a reporting verb before <paramref name="at"/> that is not a person (« Brookfield prévoit de consacrer »).</summary>
    public string? OrganizationSpeakerBefore(int at, Func<string, bool> isPerson)
    {
        string? found = null;
        foreach (var (verb, name) in speakers)
            if (verb < at && !isPerson(name)) found = name;
        return found;
    }

    /// <summary>The speaker of the reporting verb nearest to <paramref name="at"/>, or null.</summary>
    public string? SpeakerNear(int at)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var (verb, name) in speakers)
            if (Math.Abs(verb - at) < distance) (best, distance) = (name, Math.Abs(verb - at));
        return best;
    }

    /// <summary>The organisation nearest before <paramref name="at"/> in the sentence that is not only its source.</summary>
    /// <param name="jobs">The figure counts jobs: a partner named after « avec » does not employ them (in a deal, the partner is who is paid).</param>
    public string? EmployerBefore(int at, bool jobs = false)
    {
        var mentions = names.In(Sentence.Start, at);
        var (verb, speaker) = LastOrganizationSpeech(at);
        var clauseStart = SubordinateClauseStart(at);
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.IsPerson || m.End > at || FigureNames.IsPlace(m.Name) || IsSpeakersEmployer(mentions, i) || jobs && IsPartner(m) && !OpensRelative(m, at) || IsInvestor(m) || IsAddressee(m)
                || IsBuyer(m) || m.End <= FrontedNamesEnd || m.End <= clauseStart) continue;
            // « selon le Collectif, qui revendique 1 200 adhérents »: the source's own members.
            if (sourceMentions.Contains(m.Start) && !RelativeBetween(m.End, at)) continue;
            // « Reach, propriétaire du Daily Express, a annoncé 186 suppressions »: a name before the
            // verb belongs to its subject's apposition; the figure is the subject's. Not a frame's source: in « D'après Reuters,
            // Varnex va supprimer 1 200 postes », Varnex is the clause's subject.
            if (speaker is not null && m.End <= verb && speaker != Framing) return speaker;
            // Without a verb of speech: « Le groupe Meta, maison mère de Facebook et Instagram, a décidé de supprimer 600 postes ».
            return ApposedTo(mentions, m, at) ?? m.Name;
        }
        return null;
    }

    // The name opening the sentence when `m` lies in its apposition: « Le groupe Meta, maison mère de Facebook et Instagram, ».
    // An apposition opens on a lower-case word; « Meta, Google et Amazon ont… » is a list.
    private string? ApposedTo(ReadOnlySpan<NamedMention> mentions, NamedMention m, int at)
    {
        var head = mentions[0];
        var start = FirstWord(Sentence);
        if (head.Start == m.Start || head.IsPerson || head.Start - start > OpeningReach || !OpeningWords().IsMatch(s.AsSpan(start, head.Start - start))
            || head.End + 2 >= m.Start || s[head.End] != ',' || !char.IsLower(s[head.End + 1] == ' ' ? s[head.End + 2] : s[head.End + 1]))
            return null;
        var closes = s.IndexOf(',', m.End, at - m.End);
        return closes >= 0 && !s.AsSpan(head.End + 1, m.Start - head.End - 1).ContainsAny(",;:.") ? head.Name : null;
    }

    private const int OpeningReach = 30;

    // « Le groupe », « L'éditeur américain »: what may come before the name that opens a sentence.
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}*(?:'|\s+))?[\s\p{Ll}'-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningWords();

    // The last reporting verb before `at` whose speaker is an organisation, with that speaker.
    private (int Verb, string? Speaker) LastOrganizationSpeech(int at)
    {
        (int, string?) found = (-1, null);
        foreach (var (verb, name) in speakers)
            if (verb < at && !names.IsPerson(name)) found = (verb, name);
        return found;
    }

    // « grâce à sa collaboration avec l'entreprise française d'IA Mistral, le travail de 272 postes… »: a partner, not the employer;
    // nor is the maker of the tool doing the work (« son assistant, alimenté par OpenAI, remplaçait 700 agents »).
    private bool IsPartner(NamedMention m) => IsGovernedBy(Partner(), m, 60) || IsGovernedBy(Provider(), m, ProviderReach);

    private const int ProviderReach = 40;

    // Whether `cue` ends right before the mention, within `reach` characters of the sentence (or from `floor` on: a mention of the sentence before).
    private bool IsGovernedBy(Regex cue, NamedMention m, int reach, int? floor = null)
    {
        var from = Math.Max(floor ?? Sentence.Start, m.Start - reach);
        return cue.IsMatch(s.AsSpan(from, m.Start - from));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:avec|grâce\s+à|aux\s+côtés\s+d[eu'’]?|en\s+partenariat\s+avec)\s+(?:[\p{L}'’-]+\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Partner();

    // The agent of a tool's making: « alimenté par », « développé par », « reposant sur »; the tool used (« l'utilisation de DeepL
    // au sein de l'administration pourrait menacer les postes des 450 traducteurs », « le recours à ChatGPT »).
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:alimenté|propulsé|optimisé|développé|conçu|motorisé|entraîné|fourni)e?s?\s+par|(?:basé|fondé)e?s?\s+sur|reposant\s+sur"
        + @"|(?:utilisation|usage|adoption|déploiement)\s+(?:de\s+la|de\s+l'|du|des|de|d')|recours\s+(?:à\s+la|à\s+l'|au|aux|à))\s*(?:[\p{L}'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Provider();

    // « La société a levé 12 millions d'euros auprès du fonds Partech »: who gave the money, not whose it is.
    private bool IsInvestor(NamedMention m) => IsGovernedBy(Investor(), m, 40);

    // « un an après la reprise de la banque par le fonds américain Cerberus, … un plan social visant 1 400 postes »: the buyer
    // is not the employer of the bought firm's jobs.
    private bool IsBuyer(NamedMention m) => IsGovernedBy(Buyer(), m, BuyerReach);

    private const int BuyerReach = 90;

    [GeneratedRegex(@"(?<![\p{L}])(?:reprise|rachat|acquisition|absorption|prise\s+de\s+contrôle)\s+(?:d[eu]\s+|d'|de\s+la\s+|de\s+l')[^,;:.]{1,40}?\s+par\s+(?:[\p{L}'’-]+\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Buyer();

    // « McKinsey a qualifié 2023 d'année décisive, au moment même où l'industrie du jeu vidéo enregistrait 9 000 licenciements »:
    // a figure inside a clause that a conjunction opens on a subject of its own (a determiner and a noun) is not the names'
    // before it. Not when the clause closes before the figure (« Amazon, alors que les profits explosent, supprime… »).
    private int SubordinateClauseStart(int at)
    {
        for (var m = SubordinateSubject().Match(s, Sentence.Start, at - Sentence.Start); m.Success; m = m.NextMatch())
            if (s.IndexOfAny([',', ';'], m.Index, at - m.Index) < 0) return m.Index;
        return -1;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:au\s+moment\s+(?:même\s+)?où|alors\s+(?:même\s+)?que|tandis\s+que|pendant\s+que|lorsque|quand)\s+(?:l'|le\s|la\s|les\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateSubject();

    [GeneratedRegex(@"(?<![\p{L}])auprès\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?:[\p{L}'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Investor();

    // « son PDG a confié au Wall Street Journal que 200 employés… »: the paper told, not the employer nor the source.
    private bool IsAddressee(NamedMention m) => IsGovernedBy(Addressee(), m, 50);

    // « a déclaré au Monde », « dans une interview accordée à Bloomberg TV », « au micro de RTL »: who is told, not who employs.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:déclar|confi|indiqu|expliqu|précis|annonc|assur|affirm|racont|rappel|révél|dit|dis)(?:e|é|ait|aient|ent)?\s+(?:\p{Ll}+\s+)?(?:à\s+la\s+|à\s+l'|à\s+|au\s+|aux\s+)"
        + @"|(?:interview|entretien|entrevue)s?\s+(?:accordée?s?\s+)?(?:à\s+la\s+|à\s+l'|à\s+|au\s+|aux\s+|avec\s+)|(?:au\s+micro|sur\s+l'antenne|sur\s+le\s+plateau)\s+d[eu']\s*)(?:[\p{L}'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressee();

    // « Selon Marion Lefèvre, consultante chez Oréade RH »: the firm of a person quoted, not of the figure.
    private bool IsSpeakersEmployer(ReadOnlySpan<NamedMention> mentions, int i)
    {
        if (i == 0 || !mentions[i - 1].IsPerson || mentions[i].Start - mentions[i - 1].End > 50) return false;
        var gap = s.AsSpan(mentions[i - 1].End, mentions[i].Start - mentions[i - 1].End);
        // « Dario Amodei, PDG d'Anthropic »: the elided « d' » too.
        return gap.TrimStart().StartsWith(",") && (gap.TrimEnd().EndsWith("chez") || gap.TrimEnd().EndsWith("de") || gap.TrimEnd().EndsWith("du") || gap.EndsWith("d'"));
    }

    /// <summary>The first organisation after <paramref name="end"/> in the sentence that is not its source.</summary>
    public string? EmployerAfter(int end)
    {
        foreach (var m in names.In(end, Math.Min(Sentence.End, end + 60)))
        {
            if (m.IsPerson || IsInvestor(m)) continue;
            if (DecidedBy().IsMatch(s.AsSpan(end, m.Start - end)) || AtFirm().IsMatch(s.AsSpan(end, m.Start - end))) return m.Name;
            // « 700 licenciements en janvier et Bloomberg 300 en juillet »: a name after « et » opens a clause of its own.
            if (m.Start - end <= 30 && !sourceMentions.Contains(m.Start) && !CoordinatedName().IsMatch(s.AsSpan(end, m.Start - end))) return m.Name;
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])et\s+(?:l'|la\s+|le\s+|les\s+)?(?:\p{Ll}+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedName();

    // « les 5 000 licenciements annoncés la veille par Meta », « … de postes annoncées par le groupe Norvane »:
    // who announced its own cuts is their source and their employer.
    [GeneratedRegex(@"^\s+(?:(?:de\s+|d')[\p{L}]+\s+)?(?:annonc|confirm|décid)ée?s?\s+(?:[\p{L}]+\s+){0,2}par\s+(?:l'|la\s+|le\s+|les\s+)?(?:[\p{Ll}-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecidedBy();

    // « 98 personnes ont été remerciées aujourd'hui chez Ubisoft »: the firm where it happens, past the verb; not past another
    // count, whose firm it is (« menace 300 millions d'emplois dans le monde et elle en menace 7 800 chez IBM »), a date's
    // day or year aside (« le 12 mars 2024 chez Ubisoft »).
    [GeneratedRegex(@"^(?:[^,;:\d]|(?<!\d)\d{1,2}(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d))*(?<![\p{L}])chez\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtFirm();

    // « avec Accenture, par exemple, qui a déjà supprimé 12.000 postes »: whatever governs the name, the relative clause
    // right after it is its own, and so is the figure in it, unless the clause closes first (« avec Mistral, qui fournit
    // l'outil, le groupe a supprimé »).
    private bool OpensRelative(NamedMention m, int at)
    {
        if (at <= m.End || RelativeAfterName().Match(s, m.End, at - m.End) is not { Success: true } qui) return false;
        var clause = qui.Index + qui.Length;
        return !s.AsSpan(clause, at - clause).Contains(',');
    }

    [GeneratedRegex(@"\G,\s+(?:par\s+exemple,\s+|notamment,\s+|elle-même,\s+|lui-même,\s+)?qui\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAfterName();

    private bool RelativeBetween(int from, int to) =>
        to > from && s.AsSpan(from, to - from).Contains(", qui ", StringComparison.OrdinalIgnoreCase);

    private const int FrontedReach = 60;

    // The clause's subject, from the last comma (or the sentence's start) to its verb, is « l'agence », « le groupe ».
    private bool ClauseIsEmployerAnaphor(Span sentence, int subjectEnd)
    {
        var start = FirstWord(sentence);
        if (subjectEnd <= start) return false;
        var comma = s.LastIndexOf(',', subjectEnd - 1, subjectEnd - start);
        var from = comma < 0 ? start : comma + 1;
        while (from < subjectEnd && s[from] == ' ') from++;
        return from < subjectEnd && EmployerAnaphorEnd(from, subjectEnd) == subjectEnd;
    }

    private bool EmployerAnaphorAt(int at, Span sentence) => EmployerAnaphorEnd(at, sentence.End) >= 0;

    // Where « l'entreprise », « le groupe »… written at `at` (and before `end`) ends, or -1.
    private int EmployerAnaphorEnd(int at, int end) =>
        FigureClaimWords.EmployerAnaphor.Match(s, at, end - at) is { Success: true } e && e.Index == at ? e.Index + e.Length : -1;

    // « En février 2024 », « Dans un communiqué », « Après Publicis et WPP », « Présente dans 18 pays »: a complement
    // that opens the sentence before its subject, with no verb of its own (« Zorbex a annoncé, … » is a clause).
    // It opens on a preposition, a time word or a participle (« Rachetée par Altice en 2016 »), never on a name (« OpenAI signe avec News Corp, le groupe de… »).
    [GeneratedRegex(@"^(?!.*(?:\s(?:a|ont|est|sont|avait|avaient|va|vont|sera|seront)\s|(?<![\p{L}])qu(?:e\s|')))(?:en|dans|depuis|au\s+cours|lors|fin|début|mi-|cette|cet|ce|l'an|l'année|le\s+mois|la\s+semaine|après|avant|comme|tout\s+comme|à\s+l'instar|face|malgré|outre|contrairement|parallèlement|chez|au\s+sein\s+d[eu']|présente?s?|\p{L}+(?:é|ée|és|ées))(?![\p{L}])[^,;:«»""]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrontedComplement();

    // « Chez Zorbex, la direction… », « Au sein de Zorbex, le groupe… »: the firm fronted is the one the clause is about.
    [GeneratedRegex(@"^[\s«""'(-]*(?:chez|au\s+sein\s+d[eu'])(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrontedAtFirm();

    // Whether the sentence holds a word that every match of a lexicon section's pattern holds: most
    // sentences hold none, and the pattern need not scan them.
    private bool Holds(int anchorSet) => text.HasAnchor(anchorSet, Sentence.Start, Sentence.End);

    private int FirstWord(Span sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && (char.IsWhiteSpace(s[i]) || s[i] is '-' or '«' or '"' or '\'' or '(')) i++;
        return i;
    }

    private void ReadSource(Span sentence, int start, string? lastSource, string? topic)
    {
        var cues = new List<(int Index, int Length)>();
        if (Holds(AnchorWords.SourceCues)) cues.AddRange(FigureClaimWords.SourceCues(s, sentence, text.AnchorHits));
        if (Holds(AnchorWords.StudyNouns)) cues.AddRange(FigureClaimWords.Studies(s, sentence, text.AnchorHits));
        if (FrontedFor(sentence, start) is { } fronted) cues.Add(fronted);
        cues.Sort((a, b) => a.Index.CompareTo(b.Index));
        // Every name a cue introduces is a source (« d'après Morgan Stanley, relayé par le Financial
        // Times »); the first is the one credited.
        foreach (var cue in cues)
        {
            var name = NameAfterCue(cue.Index, cue.Index + cue.Length, sentence, lastSource, topic);
            if (name is null || Source is not null) continue;
            Source = name;
            // « D'après un rapport récent de X, ... »: the opening words before the first comma.
            var comma = s.IndexOf(',', start, sentence.End - start);
            if (cues[0].Index <= start + 2 && (comma < 0 || cue.Index < comma)) Framing = name;
        }
        if (Source is not null) return;
        // « Une étude récente, "Future Unscripted", a montré... »: a study known by its title, which
        // is quoted (a sentence without quotation marks is not searched).
        if (s.AsSpan(sentence.Start, sentence.Length).IndexOfAny('"', '«') < 0) return;
        var titled = StudyTitle().Match(s, sentence.Start, sentence.Length);
        if (titled.Success)
        {
            Source = titled.Groups["title"].Value.Trim();
            if (titled.Index <= start + 2) Framing = Source;
        }
    }

    // « Pour le FMI, près de 40 % des emplois sont exposés »: « pour » opening the sentence, a name
    // right after it and a comma credit what follows to that name (« Pour les salariés de Klarna, » does not).
    private (int Index, int Length)? FrontedFor(Span sentence, int start)
    {
        if (!s.AsSpan(start, Math.Min(5, sentence.End - start)).StartsWith("Pour ", StringComparison.Ordinal)) return null;
        foreach (var m in names.In(start + 5, Math.Min(sentence.End, start + 5 + NameReach)))
            return ArticleOnly().IsMatch(s.AsSpan(start + 5, m.Start - start - 5)) && m.End < sentence.End && s[m.End] == ',' ? (start, 4) : null;
        return null;
    }

    [GeneratedRegex(@"^(?:l'|la\s+|le\s+|les\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleOnly();

    [GeneratedRegex(@"^\s+et\s+(?:l'|la\s+|le\s+|les\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedSource();

    // « de la banque, », « du cabinet américain, »: the author of what the cue names, a noun with an adjective or two, then
    // the comma before its name. Not the cue's own object (« Selon le document, Midjourney a engrangé… »).
    [GeneratedRegex(@"(?<![\p{L}])(?:de|du|des|d')\s*(?:la\s+|le\s+|les\s+|l')?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedThenComma();

    private string? NameAfterCue(int cue, int after, Span sentence, string? lastSource, string? topic)
    {
        foreach (var m in names.In(after, Math.Min(sentence.End, after + NameReach)))
        {
            var gap = s.AsSpan(after, m.Start - after);
            // A capital in between is a name the extractors missed, nearer than this one. A comma may close what the
            // name is, in apposition (« d'après les prévisions de la banque, Goldman Sachs »).
            if (gap.IndexOfAny(".;:«»()\"") >= 0 || gap.Contains(',') && !DescribedThenComma().IsMatch(s.AsSpan(cue, m.Start - cue)) || HasCapital(gap)) break;
            sourceMentions.Add(m.Start);
            // « selon le Syndicat des travailleurs du jeu vidéo (STJV), » : the acronym is the source again.
            if (s.AsSpan(m.End).StartsWith(" ("))
                foreach (var next in names.In(m.End + 2, m.End + 3))
                    if (next.Name == m.Name) sourceMentions.Add(next.Start);
            // « compilés par le Bureau du recensement et le Bureau des statistiques du travail »: both are sources.
            foreach (var next in names.In(m.End, Math.Min(sentence.End, m.End + 12)))
                if (!next.IsPerson && JoinedSource().IsMatch(s.AsSpan(m.End, next.Start - m.End))) sourceMentions.Add(next.Start);
            return m.Name;
        }
        if (FigureClaimWords.EmployerAnaphor.Match(s, after, sentence.End - after) is { Success: true } e && e.Index - after <= 2)
            return EmployerBefore(cue) ?? topic;
        // « Selon le document » with no source named yet: the document of the organisation talked about (its complaint, its report).
        // Unless its author follows (« selon le rapport 2023 Future of Jobs du Forum économique mondial »): the study cue names it.
        if (FigureClaimWords.SourceAnaphor.Match(s, after, sentence.End - after) is { Success: true } a && a.Index - after <= 2)
            return FigureClaimWords.Study.Match(s, a.Index, sentence.End - a.Index) is { Success: true } study && study.Index < a.Index + a.Length ? null : lastSource ?? topic;
        return names.NameAt(s, after, Math.Min(sentence.End, after + NameReach));
    }

    // A title in capitals (« selon la DG du FMI ») is no name.
    private static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(' ', '\''))
            if (HasUpper(text[range]) && !PersonContext.IsTitle(text[range])) return true;
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }

    private void ReadSpeakers(Span sentence, string? lastSource, string? topic)
    {
        if (!Holds(AnchorWords.SpeechVerbs)) return;
        foreach (var (index, length) in FigureClaimWords.Speeches(s, sentence, text.AnchorHits))
        {
            // « une annonce », « chaque annonce » is a noun, not someone speaking.
            if (Determined().IsMatch(s.AsSpan(Math.Max(sentence.Start, index - 8), Math.Min(8, index - sentence.Start)))) continue;
            var name = Inverted(sentence, index)
                ? SpeakerAfter(index + length, sentence, lastSource, topic) ?? SpeakerBefore(index, sentence, lastSource, topic)
                : SpeakerBefore(index, sentence, lastSource, topic) ?? SpeakerAfter(index + length, sentence, lastSource, topic);
            if (name is not null) speakers.Add((index, name));
        }
    }

    [GeneratedRegex(@"(?:[,»""]|\s-)\s*(?:(?:a|ont|avait|avaient|aurait)(?:\s+(?:de\s+son\s+côté|également|aussi|encore))?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncisionBefore();

    // « ..., a précisé l'entreprise », « », estime Patrick Delmas »: the speaker follows the verb.
    private bool Inverted(Span sentence, int verb)
    {
        var from = Math.Max(sentence.Start, verb - 40);
        return IncisionBefore().IsMatch(s.AsSpan(from, verb - from));
    }

    [GeneratedRegex(@"^(?:[\s\p{Ll}'-]|M\.|Mme)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerWords();

    private string? SpeakerAfter(int end, Span sentence, string? lastSource, string? topic)
    {
        var inversion = FigureClaimWords.Inversion.Match(s, Math.Max(sentence.Start, end - 1), Math.Min(sentence.End, end + 8) - Math.Max(sentence.Start, end - 1));
        if (inversion.Success && inversion.Index <= end + 1) return lastSource;
        // « ..., estime la banque Norvane Capital »: a cue noun before a name is no anaphor.
        if (FigureClaimWords.EmployerAnaphor.Match(s, end, sentence.End - end) is { Success: true } e && e.Index - end <= 2
            && names.DescribedBy(s, e.Index + e.Length, sentence.End) is null)
        {
            // « ..., a précisé l'entreprise »: the firm talked about speaks for itself.
            FirmSpeaking ??= topic;
            return topic;
        }
        foreach (var m in names.In(end, Math.Min(sentence.End, end + NameReach)))
            return LowerWords().IsMatch(s.AsSpan(end, m.Start - end)) && !IsAddressee(m) ? m.Name : null;
        return names.NameAt(s, end, Math.Min(sentence.End, end + NameReach));
    }

    [GeneratedRegex(@"^\s*(?:et|,)\s*(?:la\s+|le\s+|les\s+|l')?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    // The subject before the verb: through an apposition (« Reach, propriétaire de..., a annoncé »)
    // and back to the first of coordinated names (« la GEMA et la Sacem constatent »).
    private string? SpeakerBefore(int verb, Span sentence, string? lastSource, string? topic)
    {
        var subjectEnd = Auxiliary().Match(s, sentence.Start, verb - sentence.Start).Index;
        // « Jeffrey Katzenberg, … (il a créé Dreamworks avec Steven Spielberg) a prédit »: an aside in brackets is not the subject.
        if (subjectEnd > sentence.Start && s[subjectEnd - 1] == ')' && s.LastIndexOf('(', subjectEnd - 1, subjectEnd - sentence.Start) is var open and > 0
            && open > sentence.Start)
            return SpeakerBefore(open, sentence, lastSource, topic);
        if (names.NameEndingAt(s, subjectEnd, sentence.Start) is { } written && !IsMentionEnd(subjectEnd)) return written;
        // « Il avait annoncé 450 suppressions », « ..., il prévoit »: the last source, or the firm talked about.
        // But « La société a licencié 3 900 salariés, même si elle assure… »: a pronoun inside a sentence that
        // opens on the firm talked about is that firm, not the source of the paragraphs before.
        if (PronounBefore().Match(s, sentence.Start, subjectEnd - sentence.Start) is { Success: true } pronoun)
            return pronoun.Index > FirstWord(sentence) && OpensWithEmployerAnaphor ? topic : lastSource ?? topic;
        // « Ce dernier fait savoir qu'il va se séparer de 10 % de son personnel ».
        if (Referent is not null && LastNamedSubject().IsMatch(s.AsSpan(sentence.Start, subjectEnd - sentence.Start))) return Referent;
        // « Selon le Financial Times, l'agence prévoit »: the firm talked about, not the source before the comma.
        if (ClauseIsEmployerAnaphor(sentence, subjectEnd)) return topic;
        var mentions = names.In(sentence.Start, verb);
        if (mentions.IsEmpty) return AppositionSubject(sentence, verb);
        var nearest = mentions.Length - 1;
        while (nearest >= 0 && mentions[nearest].End > verb) nearest--;
        if (nearest < 0) return null;
        var gap = s.AsSpan(mentions[nearest].End, verb - mentions[nearest].End);
        if (gap.IndexOfAny(".;:«»\"") >= 0) return null;
        if (gap.Contains(','))
        {
            // Not when a noun phrase after the last comma is the verb's own subject: « après la reprise par le fonds Cerberus,
            // les salariés ont appris ».
            var afterComma = s.LastIndexOf(',', verb - 1) + 1;
            if (NounPhraseSubject().IsMatch(s.AsSpan(afterComma, verb - afterComma))) return null;
            foreach (var m in mentions)
                if (m.End < verb && AppositionOpens().IsMatch(s.AsSpan(m.End, verb - m.End)) && !s.AsSpan(m.End, verb - m.End).ContainsAny(".;:«»\""))
                    return m.Name;
            return AppositionSubject(sentence, verb);
        }
        if (gap.Length > 50) return null;
        while (nearest > 0 && Coordination().IsMatch(s.AsSpan(mentions[nearest - 1].End, Math.Max(0, mentions[nearest].Start - mentions[nearest - 1].End))))
            nearest--;
        return mentions[nearest].Name;
    }

    // « Brookfield, fonds canadien, prévoit... »: a name opening the sentence, then an apposition.
    private string? AppositionSubject(Span sentence, int verb)
    {
        var start = FirstWord(sentence);
        var comma = s.IndexOf(',', start, verb - start);
        if (comma < 0 || verb - start > 160 || s.AsSpan(start, verb - start).ContainsAny(".;:«»\"")) return null;
        var name = names.NameEndingAt(s, comma, start);
        return name is not null && names.NameAt(s, start, comma) == name ? name : null;
    }

    private bool IsFrontedRolesFirm(NamedMention m) =>
        m.End + 2 < Sentence.End && s[m.End] == ',' && names.In(m.End + 2, m.End + 3) is [{ IsPerson: true }];

    // « Chez Ubisoft, ... », « Au Crédit Agricole, ... »: the firm fronted before the sentence's subject is what it is about.
    private bool FrontedPlace(int start, NamedMention m) =>
        m.End < Sentence.End && s[m.End] == ',' && FrontedFirm().IsMatch(s.AsSpan(start, m.Start - start));

    [GeneratedRegex(@"^(?:chez|à|au|aux)\s+(?:l'|la\s+|le\s+|les\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrontedFirm();

    // « Une annonce transmise à l'AFP », « le lancement du ChatGPT d'OpenAI »: a name after a preposition, or
    // complementing a noun, is not what the sentence is about.
    [GeneratedRegex(@"(?<![\p{L}])(?:à|au|aux|par|pour|avec|chez|selon|sur|dans|contre|via|du|des|de|d')\s*(?:l'|la\s+|le\s+|les\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Governed();

    [GeneratedRegex(@"^\s*(?:\([^()]{1,20}\)\s*)?,")]
    private static partial Regex AppositionOpens();

    // « les salariés », « un plan social a été »: a determiner, a noun or two, and perhaps the verb's auxiliary.
    [GeneratedRegex(@"^\s*(?:les|le|la|l'|des|ses|leurs?|un|une)\s*\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s+(?:(?:ont|a|avaient|avait|auraient|aurait)(?:\s+été)?\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NounPhraseSubject();

    private bool IsMentionEnd(int end)
    {
        foreach (var m in names.In(Math.Max(0, end - 80), end + 1))
            if (m.End == end) return true;
        return false;
    }

    // Auxiliaries and adverbs between a subject and its verb: « BPER Banca avait annoncé », « a de son côté indiqué ».
    // A word of its own: the « a » ending « Ebra va supprimer » is the name's.
    [GeneratedRegex(@"\s*(?:(?<![\p{L}\p{N}'’-])(?:a|ont|avait|avaient|aurait|a\s+également|a\s+aussi|a\s+de\s+son\s+côté|de\s+son\s+côté|également|aussi)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?:^|[\s,])(?:il|elle)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:une|la|l'|d'|chaque|cette|son|sa|ses|les|des|leur|leurs|nouvelle|nouvelles)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Determined();

    [GeneratedRegex(@"^(?:il|elle)\s+(?!s'agit|y\s+a|faut|est\s+(?:vrai|clair|possible|probable))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithPronoun();

    // A sentence opening on a subordinate clause: « Pendant que », « Alors qu' », « Tandis que », « Bien que », « Même si »; or
    // on « comme » (« Comme l'a appris Libération, IBM aurait décidé… », « Comme Amazon, IBM… »).
    [GeneratedRegex(@"^(?:(?:pendant|alors|tandis|bien|lors|dès|avant|après)\s+qu(?:e\s|')|(?:même\s+si|si|quand|comme)\s|lorsqu(?:e\s|'))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateOpening();

    private const int SubordinateReach = 160;

    // « ce dernier », « celle-ci »: the organisation named last.
    private const string LastNamed = @"(?:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci)";

    [GeneratedRegex(@"^" + LastNamed + @"(?![\p{L}-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithLastNamed();

    [GeneratedRegex(@"^[\s«""'(-]*" + LastNamed + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LastNamedSubject();

    [GeneratedRegex(@"(?<![\p{L}])(?:étude|rapport|enquête|analyse)(?:\s+\p{L}+){0,2}?\s*,?\s*[«""]\s*(?<title>[^«»""\n]{3,60}?)\s*[»""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudyTitle();
}
