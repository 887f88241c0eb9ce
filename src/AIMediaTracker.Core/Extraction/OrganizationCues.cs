using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Recognises organisations that no list knows, from how French news introduces them:
/// a common noun before the name ("la start-up X", "le cabinet X", "chez X"), a lowercase
/// nationality ("le français X"), an institutional head noun ("Collectif X"), a corporate suffix
/// ("X Studios", "X Media", "X SAS") or an acronym defined in parentheses.
/// </summary>
public static partial class OrganizationCues
{
    // A capitalised word, possibly compound ("Anim'Emploi", "SAG-AFTRA", "Character.AI"), a place's too, its words joined by
    // a lower-case one ("Hauts-de-Seine", "Val-d'Oise": « le Conseil départemental des Hauts-de-Seine »).
    internal const string Word = @"\p{Lu}[\p{L}\p{N}]*(?:[-'.&][\p{Lu}\p{N}][\p{L}\p{N}]*|-(?:" + PlaceLinkWord + @"-|d')\p{Lu}\p{L}*)*";
    /// <summary>The lower-case word between a place's hyphens (« Hauts-de-Seine », « Boulogne-sur-Mer », « Aix-en-Provence »).</summary>
    internal const string PlaceLinkWord = "(?:de|du|des|la|le|les|en|et|sur|sous|lès|lez|aux?)";
    // An English name may hold a small word between its capitalised ones: « Ready at Dawn », « Bank of America ».
    internal const string Name = Word + @"(?:[ ](?:&[ ]|(?:of|at|on|the)[ ])?(?:" + Word + @"|\d[\p{L}\p{N}]*)){0,3}";
    private const string Determiner = @"(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]'|[Dd]u|[Dd]e[ ]la|[Dd]e[ ]l'|[Aa]u|[Ss]a|[Ss]on|[Cc]ette|[Cc]e|[Uu]ne?|[Ll]eurs?|[Dd]es|[Ll]es|[Aa]ux)[ ]?";
    // The cue nouns, heads and suffixes are plain words, each accented spelling written out: the
    // patterns hold them as they are, and AnchorWords searches for the same words.
    internal const string CueNoun = "(?:start-up|startup|jeune pousse|studios|studio|agence|syndicat|société|sociéte|societé|societe|groupe|"
        + "entreprise|cabinet|fonds|éditeur|editeur|collectif|association|journal|quotidien|magazine|"
        + "hebdomadaire|mensuel|revue|revues|chaîne|chaine|radio|banque|assureur|constructeur|fabricant|opérateur|operateur|"
        + "laboratoire|labo|institut|distributeur|firme|géant|geant|compagnie|holding|conglomérat|conglomerat|"
        + "fédération|féderation|fedération|federation|confédération|confederation|ONG|organisation|licorne|pure player|média|media|"
        + "site d'information|site spécialisé|site specialise|site web|site internet|blog|newsletter|numéro un|numero un|maison de production|maison de disques|maison d'édition|maison d'edition|"
        + "banques|groupes|sociétés|entreprises|agences|syndicats|éditeurs|editeurs|quotidiens|journaux|magazines|tabloïd|tabloïds|"
        + "tabloid|tabloids|filiale|division|fintech|edtech|néobanque|neobanque|éditions|editions)";
    // Press nouns: a title they introduce keeps its article and may be a place's name ("le quotidien La Provence").
    private static readonly HashSet<string> PressNouns = new(StringComparer.Ordinal)
    {
        "journal", "journaux", "quotidien", "quotidiens", "magazine", "magazines", "hebdomadaire", "mensuel", "revue", "revues",
        "tabloïd", "tabloïds", "tabloid", "tabloids", "site d'information", "site spécialisé", "site specialise", "site web", "site internet", "blog", "newsletter",
    };

    internal static bool IsPressNoun(string word) => PressNouns.Contains(word);

    // A firm's departments, capitalised as some pages write them (« la Direction générale persiste »): alone, no body's name.
    private static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "direction", "administration", "rédaction", "communication", "comptabilité", "présidence", "gérance",
    };

    internal static bool IsDepartment(string name) => Departments.Contains(name.ToLowerInvariant());

    // The words that rank or place an English job title (« Managing Director », « Country Manager France »).
    private static readonly HashSet<string> TitleRanks = new(StringComparer.Ordinal)
    {
        "managing", "senior", "junior", "general", "deputy", "vice", "country", "global", "regional", "principal",
    };

    /// <summary>« Chief Executive Officer », « Managing Director », « Manager France »: titles, their ranks and places name a job, no body.</summary>
    internal static bool IsJobTitle(string name)
    {
        var words = name.Split(' ');
        return words.Any(RoleNouns.IsTitle)
            && words.All(w => RoleNouns.IsTitle(w) || TitleRanks.Contains(w.ToLowerInvariant()) || Gazetteer.Places.Contains(w));
    }

    /// <summary>« le futur de l'Intelligence Artificielle en Afrique »: the technology, capitalised, is no body.</summary>
    internal static bool IsArtificialIntelligence(string name) =>
        FrenchTypography.Key(name).Split(' ') is { Length: >= 2 } words
        && words.All(w => w is "intelligence" or "intelligences" or "artificielle" or "artificielles" or "generative" or "generatives" or "artificial");

    // An adjective French writes before the noun: "la petite banque italienne BPER Banca".
    private const string PreNounAdjective = "(?:premi[èe]re?|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|seconde?|petite?s?|grande?s?|jeunes?|nouvelles?|nouveaux?|nouvel|vieille?s?|vieux|c[ée]l[èe]bres?|prestigieu(?:x|se|ses)|puissante?s?|influente?s?)";
    // A function word that happens to end like an adjective ("que", "le") is no qualifier: "aux journaux que le comité Nobel".
    private const string Qualifier = @"(?:(?!(?:que|qui|le|la|les|de|des|du|une|se|ne|ce)(?![\p{L}]))[\p{Ll}-]*(?:ain|aine|ains|aines|ais|aise|ique|iques|ien|ienne|iens|ois|oise|al|ale|aux|el|elle|[ée]e?s?|ant|ante|ent|ente|if|ive|ol|ole|and|ande|ais|ère)"
        + "|d'(?:IA|intelligence[ ]artificielle|investissement|animation|audit|[ée]dition|[ée]tudes)"
        + "|(?:de|du|des)[ ](?:conseil|production|presse|recrutement|m[ée]dias|capital-risque|streaming|jeux[ ]vid[ée]o|doublage|traduction|cybers[ée]curit[ée]|logiciels|effets[ ]sp[ée]ciaux|sondages|notation|r[ée]f[ée]rence"
        + "|protection[ ]sociale|veille(?:[ ]m[ée]diatique)?|services|communication|t[ée]l[ée]communications|distribution|formation|publicit[ée])"
        // « la société spécialisée dans la veille médiatique Onclusive »: what the firm does, up to three lower-case words.
        + "|sp[ée]cialis[ée]e?s?[ ](?:dans|en)[ ](?:la[ ]|le[ ]|l'|les[ ])?[\\p{Ll}-]+(?:[ ](?!et[ ]|ou[ ])[\\p{Ll}'-]+){0,2}"
        // « la société de taxis autonomes Cruise », « le géant du e-commerce Vantor »: what the firm does, a noun and at most
        // one word more.
        + "|(?:de|du|des)[ ](?!(?:la|le|les|l'|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos|tout|tous|toute|plus|moins)(?![\\p{L}]))[\\p{Ll}-]{3,}"
        + "(?:[ ](?!(?:et|ou|qui|que|dont|en|est|sont|a|ont|le|la|les|de|des|du|pour|par|sur|dans|avec)(?![\\p{L}]))[\\p{Ll}-]{3,})?"
        + "|en[ ]ressources[ ]humaines|tech|mondial|mondiale)";
    internal const string Suffix = "(?:Studios|Studio|AI|Labs|Lab|Media|Médias|Group|Groupe|Pictures|Entertainment|Technologies|Capital|Ventures|"
        + "Partners|Records|Games|Networks|Films|Productions|Production|Robotics|Systems|Software|Holdings|Holding|Foundation|Institute|Média|Investments|Investment|Associates|Advisors|"
        + "University|Research|Consulting|Conseil|Bank|Corporation|Company|Inc|Ltd|LLC|GmbH|SA|SAS|SARL|AG|plc|Corp|RH|"
        + "Analytics|Solutions|Digital|Interactive|Animation|Music|News|Press|Presse|Intelligence|Industries|Motors|Airlines|Telecom|"
        + TitleSuffix + ")";
    // The last word of a newspaper's or a journal's title (« Hollywood Reporter », « Oxford Journal »,
    // « Music Business Worldwide »): the words before it are no short name of the title.
    private const string TitleSuffix = "Journal|Times|Post|Review|Reporter|Insider|Tribune|Herald|Gazette|Magazine|Worldwide|Chronicle|Telegraph|Weekly|Info|Infos|Hebdo|Matin";
    private static readonly HashSet<string> TitleSuffixes = new(TitleSuffix.Split('|'), StringComparer.Ordinal);
    private const string Adjective = "(?:[\\p{Ll}-]+(?:al|ale|aux|ales|ien|ienne|iens|iennes|ais|aise|aises|ique|iques|el|elle|els|elles|aire|aires|if|ive|ifs|ives|ain|aine|ains|aines|ois|oise|eur|ieure|ier|i[èe]re|and|ande|ands|andes)|suisse|suisses|belge|belges|russe|russes|public|publics)";
    // Inclusive writing ends a noun with both genders: « employé(e)s », « travailleur·euse·s », « salarié-es », « employé·e·s ».
    private const string InclusiveEnding = @"(?:\(e\)s?|\(ne\)s?|[·.](?:e|euse|rice|ne)[·.]s|[·-](?:e|euse|rice|ne)s?)";
    private const string LowerNoun = @"(?!administration|surveillance)[\p{Ll}]{3,}(?<!er|ir|oir|re)(?:" + InclusiveEnding + @"|-[\p{Ll}]{3,})?";
    private const string PluralNoun = @"(?!(?:les|des|ses|ces|mes|tes|nos|vos|aux|leurs|tous|toutes|autres|plus|sous|dans|sans|mais|puis|alors|après|depuis|très|moins)(?![\p{L}]))"
        + @"[\p{Ll}]{2,}(?<!en)[sx](?![\p{L}])";
    // A body's complement may name several things: two plurals joined by « et » (« des traducteurs et adaptateurs »,
    // « des auteurs et autrices »), or a list closed by « et » (« de radio, télévision et cinéma »). A singular word after
    // « et » is more often the clause's verb (« le Syndicat des journalistes et assure »).
    private const string ComplementObject = "(?:" + PluralNoun + "[ ]et[ ]" + PluralNoun + "|" + LowerNoun + "(?:,[ ]" + LowerNoun + ")+[ ]et[ ]" + LowerNoun + "|" + LowerNoun + ")";
    private const string Complement = @"[ ](?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d')(?:" + Word + "|" + ComplementObject + @"(?![\p{L}]))(?:[ ]" + Adjective + ")?";
    internal const string Head = "(?:Union|Syndicat|Fédération|Féderation|Fedération|Federation|Association|Collectif|Confédération|"
        + "Conféderation|Confedération|Confederation|Observatoire|Institut|Conseil|Agence|Autorité|Autorite|"
        + "Commission|Ministère|Ministere|Comité|Comite|Centre|Fondation|Université|Universite|École|Ecole|"
        + "Chambre|Office|Cour|Banque|Caisse|Société|Sociéte|Societé|Societe|Compagnie|Groupe|Alliance|"
        + "Coalition|Organisation|Académie|Academie|Haut Conseil|Haute Autorité|Haute Autorite|Laboratoire|"
        + "Musée|Musee|Éditions|Editions|Cabinet|Studio|Studios|Fonds|Mouvement|Parti|Cercle|Club|Guilde|Guild|Bureau|Ordre)";

    // « Parmi les studios touchés, on retrouve X et Y », « parmi les banques concernées figurent X »:
    // an enumeration's verb may stand between the plural cue and the names.
    private const string EnumerationVerb = "(?:on retrouve|on trouve|on compte|on cite|figurent|figuraient|citons|se trouvent)";
    private const string Enumeration = "(?:,?[ ]" + EnumerationVerb + ")";
    private static readonly string[] EnumerationVerbs = EnumerationVerb.Trim('(', ')', '?', ':').Split('|');
    // « La troisième banque néerlandaise, ABN Amro, a annoncé »: the name set between commas right after its cue, its
    // clause's verb after the second comma.
    private const string AppositiveName = ",(?=[ ]" + Name + ",[ ]" + ClauseVerb + "(?![\\p{L}]))";
    private const string AfterCueNounPattern = "(?<determiner>" + Determiner + ")(?:" + PreNounAdjective + "[ ])?(?<cue>" + CueNoun + ")(?:[ ]" + Qualifier + "){0,3}"
        + "(?:" + Enumeration + "|" + AppositiveName + ")?[ ](?:" + QuotedName + "|(?<name>" + Name + "))";
    // « la start-up « Lumina » »: the name in quotation marks (folded to ") when they hold it whole. WorkTitles leaves such
    // a quotation to this pattern (EndsOnCueNoun).
    private const string QuotedName = @"""[ ]?(?<name>" + Name + @")[ ]?""(?![\p{L}])";

    // "les banques BNP Paribas et ABN Amro", "des tabloïds Daily Express et Daily Mirror": after a
    // plural cue, the names listed with the first one are of the same kind (a title in parentheses
    // may follow each: "les studios Arkane Austin (Redfall) et Tango Gameworks").
    [GeneratedRegex(@"\G(?:[ ]\([^()\n]{1,40}\))?(?:,[ ]|[ ]et[ ]|[ ]ou[ ])(?<name>" + Name + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex NextInList();

    private static bool IsPluralDeterminer(string determiner) =>
        determiner.TrimEnd() is "les" or "Les" or "des" or "Des" or "aux" or "Aux" or "ses" or "Ses" or "leurs" or "Leurs";

    // A cue noun and its qualifiers closing the text, as they stand before a quoted name.
    [GeneratedRegex(@"(?<![\p{L}])" + CueNoun + "(?:[ ]" + Qualifier + @"){0,3}[ ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CueNounAtEnd();

    /// <summary>Whether <paramref name="before"/>, the text before a quotation, ends on a firm's noun and its qualifiers (« l'entreprise suédoise »).</summary>
    internal static bool EndsOnCueNoun(ReadOnlySpan<char> before) => CueNounAtEnd().IsMatch(FrenchTypography.Fold(before.ToString()));

    [GeneratedRegex(AfterCueNounPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex AfterCueNoun();

    [GeneratedRegex(@"\G(?:" + AfterCueNounPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AfterCueNounAtStart();

    // "Papercup, une start-up londonienne": the cue noun may also follow the name as an apposition,
    // without its article when an adjective or a complement follows ("Brookfield, fonds canadien",
    // "Goldmedia, société de conseil allemande"), not alone ("Velvet Sundown, groupe « vérifié »").
    // With « la », « le », « l' » the noun may instead open the next clause, its verb right after it: « Fondée
    // par Jaroslaw Kutylowski, l'entreprise emploie un millier de salariés » names no firm « Jaroslaw Kutylowski ».
    private const string Apposition = ",[ ](?:une?[ ]" + CueNoun + @"(?![\p{L}])|(?:la|le|l')[ ]?" + CueNoun + @"(?![\p{L}])(?![ ]" + ClauseVerb + @"(?![\p{L}]))|"
        + CueNoun + "[ ]" + Qualifier + @"(?![\p{L}]))";
    private const string ClauseVerb = "(?:a|ont|est|sont|va|vont|avait|était|sera|doit|veut|peut|emploie|compte|revendique|prévoit|annonce|affirme|assure|"
        + "explique|réalise|propose|développe|dispose|entend|souhaite|vient|reste|se|s'|n'|ne)";
    private const string BeforeCueNounPattern = @"(?<![\p{L}\p{N}])(?<name>" + Name + ")" + Apposition;

    [GeneratedRegex(BeforeCueNounPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex BeforeCueNoun();

    [GeneratedRegex(@"\G(?:" + BeforeCueNounPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeCueNounAtStart();

    [GeneratedRegex(@"\G,[ ](?:(?:une?|la|le|l')[ ]?)?" + CueNoun + @"(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CueNounApposition();

    /// <summary>Whether a cue noun stands in apposition right after <paramref name="end"/>: ", groupe", ", une start-up".</summary>
    public static bool IsFollowedByApposition(string text, int end) =>
        end + 2 < text.Length && text[end] == ',' && CueNounApposition().IsMatch(text, end);

    // A lowercase nationality of Data/nationalities.txt: "le français Mistral AI", "la britannique Papercup".
    private static readonly Regex AfterNationalityAtStart = new(
        @"\G(?:(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]'|[Dd]u|[Aa]u)[ ]?" + Nationalities.Pattern + "[ ](?<name>" + Name + "))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The costly patterns, tried only near the word every match holds: the cue noun after a
    // determiner of at most two words, the apposition after a name of at most seven (four words
    // and their "&"), the nationality after its article.
    private static readonly AnchoredSearch AfterCueNouns = new(AfterCueNounAtStart(), wordsBefore: 4);
    private static readonly AnchoredSearch BeforeCueNouns = new(BeforeCueNounAtStart(), wordsBefore: 8);
    private static readonly AnchoredSearch AfterNationalities = new(AfterNationalityAtStart, wordsBefore: 3);

    [GeneratedRegex(@"(?<![\p{L}])[Cc]hez[ ](?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AfterChez();

    // The pronouns that open a sentence as a name would, and that are no capitalised stopword (« Il », « Elle » are).
    private const string NotAName = @"(?!(?:Chacune?|Personne|Lui|Celui|Celles?|Ceux|Cela|Ceci)(?![\p{L}]))";

    // « Okta a licencié 180 employés », « Digitruck, lui, recrute 20 personnes », « ou Target, qui va supprimer 1 800 emplois »:
    // one capitalised word that cuts or hires a number of people is their employer; a pronoun (« Chacun a recruté 10
    // personnes ») is no one's name.
    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}'’-])" + NotAName + "(?<name>" + Word + @")(?:,[ ](?:lui|elle|de[ ]son[ ]côté|pour[ ]sa[ ]part),|,[ ](?:par[ ]exemple,[ ]|notamment,[ ])?qui)?[ ]"
        + @"(?:a[ ]|va[ ]|vient[ ]de[ ]|vient[ ]d'|aurait[ ]|avait[ ])?(?:déjà[ ]|encore[ ]|aussi[ ]|également[ ])?(?:" + EmployerVerb + @")\p{L}*[ ]"
        + @"(?:(?:près|plus|moins)[ ]de[ ]|environ[ ]|quelque[ ]|jusqu'à[ ]|au[ ]moins[ ])?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerVerbAtStart();

    private static readonly AnchoredSearch EmployerVerbs = new(EmployerVerbAtStart(), wordsBefore: 7);

    // The verbs' stems, which AnchorWords finds in the same pass as the other cues.
    internal const string EmployerVerb = "licenci|supprim|recrut|embauch";

    // A family name: the article writes it after a capitalised word somewhere (« Elon Musk … Musk a licencié 6 000 »).
    [GeneratedRegex(@"\p{Lu}[\p{L}-]+[ ]$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordBefore();

    // Not a family name the article writes after another capitalised word.
    private static IEnumerable<Match> OneWordBodies(string text, AnchoredSearch search, List<int> anchors) =>
        search.Matches(text, anchors).Where(m => !NameOccurrences.AnyPrecededBy(text, m.Groups["name"].Value, CapitalisedWordBefore(), 40));

    // « Le service bruxellois de l'emploi, Actiris, a publié mardi une nouvelle étude »: one capitalised word that publishes a
    // study or a report is a body, as one that cuts jobs is.
    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}'’-])" + NotAName + "(?<name>" + Word + @"),?[ ]"
        + @"(?:a[ ]|vient[ ]de[ ]|va[ ])?(?:publi|dévoil|devoil)\p{L}*[ ](?:\p{Ll}+[ ])?(?:une?|son|sa|ses|le|la|les)[ ](?:" + StudyQualifier + @"[ ])?" + Study + @"(?![\p{L}]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PublisherAtStart();

    private static readonly AnchoredSearch Publishers = new(PublisherAtStart(), wordsBefore: 7);

    // « Bell Canada », « Orange Belgique », « Postes Canada »: a firm's national arm, one word and its country. Not a given
    // name (« Marie France »), a place, or an event's name (« le sommet Choose France »).
    /// <summary>The countries a firm's national arm is named with; the search is tried only where one stands (AnchorWords).</summary>
    internal const string BranchCountry = "Canada|France|Belgique|Suisse|Québec";

    // After an elision too: « l'une des collections d'Harlequin France ».
    [GeneratedRegex(@"\G(?:(?:(?<![\p{L}\p{N}'’-])|(?<=(?<![\p{L}])(?:[dDlL]|[qQ]u)['’]))(?<name>(?<first>\p{Lu}[\p{L}-]+)[ ](?:" + BranchCountry + @"))(?![\p{L}\p{N}'’-]))", RegexOptions.CultureInvariant)]
    private static partial Regex CountryBranchAtStart();

    private static readonly AnchoredSearch CountryBranches = new(CountryBranchAtStart(), wordsBefore: 1);

    [GeneratedRegex(@"(?<![\p{L}])(?:sommet|salon|festival|forum|concours|label|campagne|opération|prix|tour|coupe|miss|programme|plan|initiative|équipe)[ ]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventNounBefore();

    // An event's name is one wherever the article writes it: « Choose France : 17 milliards… » after « le sommet Choose France ».
    private static bool IsCountryBranch(string text, Match m)
    {
        var first = m.Groups["first"].Value;
        if (Gazetteer.IsGivenName(first) || Gazetteer.Places.Contains(first) || CapitalizedStopwords.Contains(first)) return false;
        return !NameOccurrences.AnyPrecededBy(text, m.Groups["name"].Value, EventNounBefore(), 20);
    }

    // « la Society of Authors », « la Writers Guild of America »: an English body's name holds « of ».
    // « le Bureau of Labor Statistics », « l'American Federation of Television and Radio Artists »: its words may be joined
    // by « and »; a French article elided before it is not its own.
    private const string EnglishHead = "(?:Society|Academy|Guild|Council|Bank|University|Institute|Association|Federation|Union|Foundation|Alliance|Board|Museum|College|"
        + "Bureau|Office|Department|Agency|Commission|School|Center)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Ll]'|[Dd]')?(?<name>(?:" + Word + "[ ]){0,2}" + EnglishHead + "[ ]of[ ](?:the[ ])?" + Word + "(?:[ ](?:&[ ]|and[ ])?" + Word + @"){0,3})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishOfName();

    // "codirecteur du Metalab", "directeur général de Goldmedia", « les employés d'Onclusive », « la direction de Syensqo »:
    // who leads or works for something names it. Not
    // "de la"/"des", which name departments ("directrice de la Communication"), nor a name that goes
    // on in lower case ("directeur du Chemin de fer de Loèche"), whose end the rule cannot see.
    internal const string Leader = "(?:directeur|directrice|codirecteur|codirectrice|co-directeur|co-directrice|dirigeant|dirigeante|"
        + "président|présidente|president|presidente|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|"
        + "patron|patronne|PDG|pdg|salariés|salariées|employés|employées|collaborateurs|collaboratrices|direction)";
    private const string LeaderQualifier = "(?:général|générale|general|generale|exécutif|exécutive|executif|executive|délégué|déléguée|delegue|deleguee|adjoint|adjointe|financier|financière|technique|scientifique|artistique)";

    // "d'après un rapport récent de BestBrokers", "une étude de Goldmedia": who publishes a study.
    internal const string Study = "(?:rapport|étude|etude|enquête|enquete|sondage|baromètre|barometre|analyse|classement)";
    private const string StudyQualifier = "(?:récent|récente|recent|recente|annuel|annuelle|publié|publiée|publie|publiee|dernier|dernière|derniere|nouveau|nouvelle|inédit|inédite)";

    // Also the pollster a poll is named after (« un sondage Elabe », « le baromètre Viavoice »).
    [GeneratedRegex(@"\G(?:(?<![\p{L}])(?:" + Study + "(?:[ ]" + StudyQualifier + @")?[ ](?:du[ ]|de[ ]|d')"
        + @"|(?:sondage|baromètre|barometre|enquête|enquete)[ ])(?<name>" + Name + @")(?![\p{L}\p{N}])(?![ ](?:de[ ]|du[ ]|des[ ]|d')))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterStudyAtStart();

    // Who ran or ordered a study: « une enquête menée par Opinionway », « le sondage Viavoice commandé par l'Ugict-CGT ».
    [GeneratedRegex(@"\G(?:(?<![\p{L}])" + Study + @"(?:[ ][\p{L}-]+){0,2}?[ ](?:réalisée?s?|menée?s?|commandée?s?|conduite?s?)[ ]par[ ](?:l'|la[ ]|le[ ]|les[ ])?"
        + "(?<name>" + Name + @")(?![\p{L}\p{N}])(?![ ](?:de[ ]|du[ ]|des[ ]|d')))", RegexOptions.CultureInvariant)]
    private static partial Regex StudyRunAtStart();

    private static readonly AnchoredSearch StudyRunners = new(StudyRunAtStart(), wordsBefore: 0);

    private static readonly AnchoredSearch AfterStudies = new(AfterStudyAtStart(), wordsBefore: 0);

    // « les acquisitions d'Epsilon et Sapient », « le rachat de X », « a racheté X »: what is bought is a company.
    internal const string AcquisitionNoun = "(?:rachat|rachats|acquisition|acquisitions)";
    internal const string AcquisitionVerb = "(?:racheter|rachète|rachètent|racheté|rachetée|rachetés|rachetait|rachetaient|acquiert|acquièrent)";

    [GeneratedRegex(@"\G(?:(?<![\p{L}])(?:" + AcquisitionNoun + @"[ ](?:du[ ]|de[ ]|d')|" + AcquisitionVerb + @"[ ])(?<name>" + Name + @")(?![\p{L}\p{N}]))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterAcquisitionAtStart();

    private static readonly AnchoredSearch AfterAcquisitions = new(AfterAcquisitionAtStart(), wordsBefore: 0);

    // « sous la direction de Jean Dupont » is whoever led a work: a person.
    [GeneratedRegex(@"\G(?:(?<![\p{L}])(?<![Ss]ous[ ]la[ ])" + Leader + "(?:[ ]" + LeaderQualifier + @")?[ ](?:du[ ]|de[ ]|d')(?<name>" + Name + @")(?![\p{L}\p{N}])(?![ ](?:de[ ]|du[ ]|des[ ]|d')))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterLeaderAtStart();

    private static readonly AnchoredSearch AfterLeaders = new(AfterLeaderAtStart(), wordsBefore: 0);

    private const string HeadThenNamePattern = @"(?<![\p{L}\p{N}])(?<name>" + Head + "(?:[ ]" + Word + @"(?<=\p{L}{2})){1,3})";

    [GeneratedRegex(@"\G(?:" + HeadThenNamePattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex HeadThenNameAtStart();

    // "la Banque centrale", "le Conseil fédéral", "la Cour de cassation", "le Musée du Louvre": a
    // capitalised head after an article, inside a sentence or opening it, then adjectives, one or two
    // complements, or both (« l'Observatoire des métiers de la presse », « le Centre canadien de protection de l'enfance »),
    // is an institution's name.
    private const string HeadInsideSentencePattern = @"(?<=[\p{Ll},][ ](?:[\p{Ll}]+'|[\p{Ll}]+[ ])|(?:^|\n|[.!?»][ ])(?:L'|La[ ]|Le[ ]))(?<name>" + Head + "(?:(?:[ ]" + Adjective + "){1,2}(?:" + Complement + "){0,2}|(?:" + Complement + "){1,2})"
        + @")(?![\p{L}\p{N}])";

    [GeneratedRegex(@"\G(?:" + HeadInsideSentencePattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex HeadInsideSentenceAtStart();

    // Both patterns start on their head word, which the search finds first.
    private static readonly AnchoredSearch HeadsThenName = new(HeadThenNameAtStart(), wordsBefore: 0);
    private static readonly AnchoredSearch HeadsInsideSentence = new(HeadInsideSentenceAtStart(), wordsBefore: 0);

    // A suffix glued to more by an apostrophe (« CGT Info’Com ») ends nothing.
    private const string NameThenSuffixPattern = @"(?<![\p{L}\p{N}])(?<name>(?:" + Word + "[ ]){1,3}" + Suffix + @")(?![\p{L}\p{N}]|['’]\p{L})\.?";

    [GeneratedRegex(@"\G(?:" + NameThenSuffixPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenSuffixAtStart();

    // The suffix comes after at most three words.
    private static readonly AnchoredSearch NamesThenSuffix = new(NameThenSuffixAtStart(), wordsBefore: 4);

    internal const string LowercaseHeadWord = "(?:université|universite|ministère|ministere|école|ecole)";

    // « le ministère des Langues officielles », « le ministère des Services publics et de l'Approvisionnement »: its object's
    // adjectives and a second object after « et » are the name's too.
    private const string LowercaseHeadObject = "(?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d')";

    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}])(?<name>" + LowercaseHeadWord + "[ ]" + LowercaseHeadObject + "?" + Word + "(?:[ ]" + Adjective + "(?![\\p{L}]))?"
        + "(?:[ ]et[ ]" + LowercaseHeadObject + Word + "(?:[ ]" + Adjective + "(?![\\p{L}]))?)?))", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseHeadAtStart();

    private static readonly AnchoredSearch LowercaseHeads = new(LowercaseHeadAtStart(), wordsBefore: 0);

    // « la Banque mondiale ( BM) »: a space may stand inside the brackets. French writes many acronyms as words
    // (« l'Institut de recherches économiques et sociales (Ires) », « (Sacem) »): their letters must spell the name too.
    [GeneratedRegex(@"[ ]\([ ]?(?<acronym>\p{Lu}[\p{Lu}&-]{1,7}|\p{Lu}\p{Ll}{2,5})[ ]?\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymInParentheses();

    /// <summary>Organisations found from cues; each with the extra short form the article may use later.</summary>
    public static List<(Span Span, string? ShortForm)> Find(string text) => Find(text, AnchorWords.Find(text));

    /// <summary><see cref="Find(string)"/>, with where the <see cref="AnchorWords"/> stand in <paramref name="text"/>.</summary>
    public static List<(Span Span, string? ShortForm)> Find(string text, List<int>[] anchors)
    {
        var found = new List<(Span, string?)>();
        foreach (var m in CueNounNames(text, anchors)) AddAfterCueNoun(found, text, m);
        AddCapitalised(found, text, AfterLeaders.Matches(text, anchors[AnchorWords.Leaders]));
        AddCapitalised(found, text, AfterStudies.Matches(text, anchors[AnchorWords.Studies]));
        AddCapitalised(found, text, StudyRunners.Matches(text, anchors[AnchorWords.Studies]));
        foreach (var m in AfterAcquisitions.Matches(text, anchors[AnchorWords.Acquisitions]))
        {
            AddCapitalised(found, text, [m]);
            AddListedAfter(found, text, m.Groups["name"]);
        }
        AddCapitalised(found, text, AfterNationalities.Matches(text, anchors[AnchorWords.Nationalities]));
        AddCapitalised(found, text, AppositionNames(text, anchors));
        AddCapitalised(found, text, AfterChez().Matches(text));
        AddCapitalised(found, text, OneWordBodies(text, EmployerVerbs, anchors[AnchorWords.EmployerVerbs]));
        AddCapitalised(found, text, OneWordBodies(text, Publishers, anchors[AnchorWords.Studies]));
        // Whole: trimmed of its country, « Business France » would read « Business ».
        foreach (var m in CountryBranches.Matches(text, anchors[AnchorWords.BranchCountries]).Where(m => IsCountryBranch(text, m)))
            found.Add((new Span(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length), null));
        if (text.Contains(" of ", StringComparison.Ordinal)) AddCapitalised(found, text, EnglishOfName().Matches(text));
        AddCapitalised(found, text, HeadsThenName.Matches(text, anchors[AnchorWords.Heads]));
        AddCapitalised(found, text, HeadsInsideSentence.Matches(text, anchors[AnchorWords.Heads]));
        foreach (var m in NamesThenSuffix.Matches(text, anchors[AnchorWords.Suffixes])) AddSuffixed(found, text, m.Groups["name"]);
        foreach (var m in LowercaseHeads.Matches(text, anchors[AnchorWords.LowercaseHeads]))
            found.Add((new Span(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length), null));
        foreach (Match m in AcronymInParentheses().Matches(text)) AddDefinedAcronym(found, text, m);
        return found;
    }

    /// <summary>The names an acronym in brackets after them spells (« le Conseil européen des associations de traducteurs littéraires (CEATL) »).</summary>
    public static List<Span> DefinedAcronyms(string text)
    {
        var found = new List<(Span, string?)>();
        foreach (Match m in AcronymInParentheses().Matches(text)) AddDefinedAcronym(found, text, m);
        return found.Select(f => f.Item1).ToList();
    }

    /// <summary>
    /// The acronyms the article defines as a common noun's, lower-case words whose initials they spell: « plan social et
    /// économique (PSE) », « instances de représentation du personnel (IRP) ». Unless a head or cue noun opens the words
    /// (« la fédération des entreprises de la beauté (Febea) » is a body written in lower case).
    /// </summary>
    public static HashSet<string> CommonNounAcronyms(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in AcronymInParentheses().Matches(text))
        {
            var acronym = m.Groups["acronym"].Value;
            var words = text[Math.Max(0, m.Index - 80)..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var initials = new List<char>();
            for (var i = words.Length - 1; i >= 0 && initials.Count < acronym.Length; i--)
            {
                var word = words[i][(words[i].LastIndexOfAny(['\'', '’']) + 1)..];
                if (word.Length == 0 || !char.IsLower(word[0]) || IsCueNoun(word) || HeadWords.Contains(word)) break;
                if (!GazetteerVariants.SmallWords.Contains(word)) initials.Insert(0, char.ToUpperInvariant(FrenchTypography.Key(word[..1])[0]));
            }
            if (initials.Count == acronym.Length && acronym.ToUpperInvariant().SequenceEqual(initials)) found.Add(acronym);
        }
        return found;
    }

    // The heads of bodies, and the public bodies French writes in lower case (« le parquet national financier (PNF) »).
    private static readonly HashSet<string> HeadWords = new(
        Head.Trim('(', ')', '?', ':').Split('|').Select(h => h.ToLowerInvariant())
            .Concat(["parquet", "tribunal", "ministère", "préfecture", "mairie", "assemblée", "sénat", "parlement", "gouvernement", "police", "gendarmerie"]),
        StringComparer.Ordinal);

    /// <summary>The matches of <see cref="AfterCueNoun"/> (« la start-up Papercup »), found around the cue nouns.</summary>
    internal static List<Match> CueNounNames(string text, List<int>[] anchors) =>
        AfterCueNouns.Matches(text, CueNounsBeforeAName(text, anchors[AnchorWords.CueNouns]));

    /// <summary>
    /// The cue nouns after which a capitalised word starts before anything but letters, spaces, hyphens,
    /// apostrophes and a comma before a lower-case word: between a cue and its name (« la start-up
    /// londonienne d'IA Papercup », « les studios touchés, on retrouve X ») the pattern reads nothing
    /// else, so a cue followed by a full stop or a comma before a capital first names nothing.
    /// </summary>
    private static List<int> CueNounsBeforeAName(string text, List<int> cues)
    {
        var kept = new List<int>();
        var reach = -1;
        foreach (var at in cues)
        {
            if (at < reach) { kept.Add(at); continue; }
            var i = at;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' || text[i] == ',' && (IsBeforeEnumerationVerb(text, i + 1) || IsBeforeAppositiveName(text, i))
                || text[i] == ' ' && !(i + 1 < text.Length && char.IsUpper(text[i + 1])))) i++;
            // A later cue before the same capital reaches it too. « la start-up « Lumina » »: the capital may open a quotation.
            if (i + 1 < text.Length && (text[i] == ' ' || text[i] == '"' && OpensWithCapital(text, i + 1))) { reach = i; kept.Add(at); }
        }
        return kept;
    }

    private static bool OpensWithCapital(string text, int at)
    {
        if (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && char.IsUpper(text[at]);
    }

    [GeneratedRegex(@"\G" + AppositiveName, RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveNameAt();

    private static bool IsBeforeAppositiveName(string text, int comma) => AppositiveNameAt().IsMatch(text, comma);

    // « , on retrouve »: only an enumeration's verb (or a name between commas, its clause's verb after it) lets the search go on past a comma.
    private static bool IsBeforeEnumerationVerb(string text, int at) =>
        at < text.Length && text[at] == ' ' && Array.Exists(EnumerationVerbs, v => text.AsSpan(at + 1).StartsWith(v, StringComparison.Ordinal));

    /// <summary>The matches of <see cref="BeforeCueNoun"/> (« Papercup, une start-up »), found around the cue nouns.</summary>
    internal static List<Match> AppositionNames(string text, List<int>[] anchors)
    {
        // An apposition's comma stands two to six characters before its cue noun (« , une »), and
        // the pattern holds no other comma: a comma there that opens none is tried for nothing.
        var commas = new List<int>();
        foreach (var cue in anchors[AnchorWords.CueNouns])
            for (var at = Math.Max(commas.Count == 0 ? 0 : commas[^1] + 1, cue - 6); at <= cue - 2; at++)
                if (text[at] == ',' && text[at + 1] == ' ') commas.Add(at);
        return BeforeCueNouns.Matches(text, commas);
    }

    private static void AddAfterCueNoun(List<(Span, string?)> found, string text, Match m)
    {
        var name = m.Groups["name"];
        if (PressNouns.Contains(m.Groups["cue"].Value) && PressTitle(text, name) is { } title) found.Add((title, null));
        else AddCapitalised(found, text, [m], NamesTheFirm(text, m));
        if (IsPluralDeterminer(m.Groups["determiner"].Value)) AddListedAfter(found, text, name);
    }

    // The names listed right after a found one, of the same kind as it.
    private static void AddListedAfter(List<(Span, string?)> found, string text, Group name)
    {
        for (var next = NextInList().Match(text, name.Index + name.Length); next.Success; next = NextInList().Match(text, next.Index + next.Length))
            AddCapitalised(found, text, [next]);
    }

    // "Le quotidien régional La Provence", "le journal Le Parisien": a title keeps its article, and
    // a place in it names the paper.
    private static Span? PressTitle(string text, Group name)
    {
        var words = name.Value.Split(' ');
        if (words.Length < 2 || words[0] is not ("Le" or "La" or "Les") || CapitalizedStopwords.Contains(words[1])) return null;
        var end = name.Index + words[0].Length + 1 + words[1].Length;
        for (var k = 2; k < words.Length && !IsNotName(words[k]); k++) end += words[k].Length + 1;
        return new Span(name.Index, end);
    }

    private static void AddCapitalised(List<(Span, string?)> found, string text, IEnumerable<Match> matches, bool evenAPersonsName = false)
    {
        foreach (var m in matches)
        {
            var span = Trim(text, m.Groups["name"]);
            if (span is { } s && (evenAPersonsName || !LooksLikePerson(text, s)) && !IsOpeningAdverb(text, s)) found.Add((s, null));
        }
    }

    // « le cabinet de recrutement Robert Walters », « l'agence Marcel Dupuis »: one firm written right after its noun is the
    // firm, though it bears a person's name. Not after a comma (« La banque, Jean Dupont, … »), a plural's list, or a role
    // the firm governs or a role it holds: « le fondateur de la start-up Pierre Dupont » names the founder.
    private static bool NamesTheFirm(string text, Match m)
    {
        var (determiner, name) = (m.Groups["determiner"], m.Groups["name"]);
        var between = text[determiner.Index..name.Index];
        // « aux éditions Michel Lafon »: a publisher's noun is plural, and names one firm.
        if ((IsPluralDeterminer(determiner.Value) && m.Groups["cue"].Value is not ("éditions" or "editions")) || between.Contains(',')) return false;
        // « le groupe du milliardaire Daniel Křetínský »: the name is the role's.
        if (between.Split(' ', '\'').Any(w => w.Length > 0 && RoleNouns.IsTitle(w))) return false;
        if (determiner.Value.TrimEnd() is not ("du" or "Du" or "de la" or "De la" or "de l'" or "De l'")) return true;
        var before = text.AsSpan(0, determiner.Index).TrimEnd(' ');
        var word = before.LastIndexOfAny(' ', '\n', '\'') is var k && k >= 0 ? before[(k + 1)..] : before;
        return !RoleNouns.IsTitle(word.ToString());
    }

    /// <summary>« Goldman » for « Goldman Sachs »: one word that opens an organisation's name, its short form.</summary>
    internal static bool OpensName(string word, string name) =>
        name.Length > word.Length && name[word.Length] == ' ' && name.StartsWith(word, StringComparison.Ordinal) && !word.Contains(' ');

    // « Parallèlement, l'entreprise insiste… », « Concrètement, … »: one word in -ment opening its sentence before a comma.
    internal static bool IsOpeningAdverb(string text, Span span)
    {
        if (span.End >= text.Length || text[span.End] != ',' || !text.AsSpan(span.Start, span.Length).EndsWith("ment", StringComparison.Ordinal)
            || text.AsSpan(span.Start, span.Length).Contains(' ')) return false;
        var before = text.AsSpan(0, span.Start).TrimEnd(' ');
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '\n';
    }

    private static void AddSuffixed(List<(Span, string?)> found, string text, Group name)
    {
        if (Trim(text, name) is not { } span) return;
        var words = text[span.Start..span.End].Split(' ');
        if (words.Length < 2) return;
        var head = string.Join(' ', words[..^1]);
        // "Ingka Group" is later just "Ingka"; a given name alone ("Tyler") is too ambiguous to follow.
        var shortForm = head.Length > 2 && !Gazetteer.IsGivenName(words[0]) && !IsNotName(head) && !TitleSuffixes.Contains(words[^1]) ? head : null;
        found.Add((span, shortForm));
    }

    private static void AddDefinedAcronym(List<(Span, string?)> found, string text, Match m)
    {
        var acronym = m.Groups["acronym"].Value;
        // « des Intelligences Artificielles (IA) génératives »: the common noun, capitalised, and its usual acronym.
        if (CapitalizedStopwords.Contains(acronym)) return;
        // Only the same sentence, and at most a dozen words, can hold the name the acronym stands for.
        var from = Math.Max(0, m.Index - 120);
        var stop = text.LastIndexOfAny(['.', '\n', '(', ')', ':', ';', '"'], m.Index - 1, m.Index - from);
        if (stop >= from) from = stop + 1;
        var window = text[from..m.Index];
        var words = WordTokenizer.Tokenize(window);
        // The name is the shortest tail of the preceding words whose initials spell the acronym.
        for (var k = words.Count - 1; k >= 0; k--)
        {
            var first = window[words[k].Start];
            if (!char.IsUpper(first) || first != acronym[0] || words[k].Glued) continue;
            // « l'Agence d'évaluation de la recherche et de l'enseignement supérieur (AERES) »: an elided
            // word counts by the letter after its apostrophe, without its accent.
            var initials = string.Concat(words.Skip(k)
                .Select(w => window.Substring(w.Start, w.Length))
                .Where(w => !IsLinkWord(w))
                .Select(w => FrenchTypography.Key(w[..1]).ToUpperInvariant()));
            if (!IsSubsequence(acronym.Replace("-", "").Replace("&", ""), initials)) continue;
            found.Add((new Span(from + words[k].Start, from + words[^1].End), acronym));
            return;
        }
    }

    private static bool IsLinkWord(string w) => w is "de" or "des" or "du" or "la" or "le" or "les" or "l" or "d" or "et" or "pour" or "en" or "of" or "the" or "and" or "for" or "à" or "au" or "aux";

    /// <summary>
    /// Whether words spell an acronym as its name spelt out: each word, function words aside, gives the acronym the next
    /// letter or the next few (« BELVA » from « Belgian Voice Artists », « SNAC » from « Syndicat national des auteurs et
    /// compositeurs »), and every word gives some.
    /// </summary>
    internal static bool SpellsOut(string acronym, string words)
    {
        var parts = words.Split([' ', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => FrenchTypography.Key(w).ToUpperInvariant()).ToArray();
        return parts.Length >= 2 && parts.Length <= 12 && SpellsFrom(acronym.ToUpperInvariant(), 0, parts, 0);
    }

    private static bool SpellsFrom(string acronym, int i, string[] words, int j)
    {
        if (j == words.Length) return i == acronym.Length;
        var word = words[j];
        if (IsLinkWord(word.ToLowerInvariant()) && SpellsFrom(acronym, i, words, j + 1)) return true;
        for (var k = 1; k <= word.Length && i + k <= acronym.Length && word[k - 1] == acronym[i + k - 1]; k++)
            if (SpellsFrom(acronym, i + k, words, j + 1)) return true;
        return false;
    }

    /// <summary>Whether the initials of a name's words, function words aside, spell an acronym put in brackets after it (« Banque mondiale (BM) »).</summary>
    internal static bool Spells(string acronym, string name) =>
        IsSubsequence(acronym.Replace("-", "").Replace("&", ""), string.Concat(name.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !IsLinkWord(w)).Select(w => FrenchTypography.Key(w[..1]).ToUpperInvariant())));

    // A name may go on past the words its acronym spells (« l'Agence nationale de sécurité du médicament
    // et des produits de santé (ANSM) »), up to twice as many words: beyond, the tail is a sentence.
    private static bool IsSubsequence(string acronym, string initials)
    {
        acronym = FrenchTypography.Key(acronym).ToUpperInvariant();
        if (acronym.Length < 2 || initials.Length < acronym.Length || initials[0] != acronym[0]) return false;
        var j = 0;
        foreach (var c in initials) if (j < acronym.Length && c == acronym[j]) j++;
        return j == acronym.Length && initials.Length <= acronym.Length * 2;
    }

    /// <summary>Drops leading function words and trailing dates or places from a name candidate.</summary>
    private static Span? Trim(string text, Group name)
    {
        var words = new List<(int Start, int End)>();
        var offset = name.Index;
        foreach (var part in name.Value.Split(' '))
        {
            words.Add((offset, offset + part.Length));
            offset += part.Length + 1;
        }
        // "chez Mme Collet" names a person, not a firm.
        if (words.Count > 0 && text[words[0].Start..words[0].End] is "M" or "Mme" or "Mlle" or "Me" or "Dr" or "Pr" or "Monsieur" or "Madame")
            return null;
        while (words.Count > 0 && IsNotName(text[words[0].Start..words[0].End])) words.RemoveAt(0);
        // "École polytechnique de Zurich": a place after « de » ends the name.
        // But « l'association Illustration Québec » is no « Illustration »: a common noun alone names nothing.
        while (words.Count > 0 && IsNotName(text[words[^1].Start..words[^1].End])
            && !(words.Count > 1 && text[words[^2].Start..words[^2].End] is "de" or "des" or "du")
            && !(words.Count == 2 && Gazetteer.Places.Contains(text[words[1].Start..words[1].End]) && IsCommonNounForm(text.AsSpan(words[0].Start, words[0].End - words[0].Start))))
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        var span = new Span(words[0].Start, words[^1].End);
        var value = text[span.Start..span.End];
        return Gazetteer.Places.Contains(value) || value.Length < 2 ? null : span;
    }

    /// <summary>
    /// A common noun after its article (« l'article 108 du Règlement »), or a size of firm (« patron de PME »): no name of a body
    /// of its own. A head alone (« la Chambre », « le Conseil ») often is one, the body the article's readers know.
    /// </summary>
    internal static bool IsCommonNounAlone(string text, Span span)
    {
        var word = WithoutElision(text[span.Start..span.End]).AsSpan();
        if (word.Contains(' ') || word.Contains('-')) return false;
        if (word is "PME" or "TPE" or "ETI" or "PMI" or "ESN" or "SSII") return true;
        var before = text.AsSpan(0, span.Start);
        return IsCommonNounForm(word) && !HeadWords.Contains(word.ToString().ToLowerInvariant())
            && (before.EndsWith("l'") || before.EndsWith(" le ") || before.EndsWith(" la ") || before.EndsWith(" du ") || before.EndsWith(" au "));
    }

    /// <summary>« Assemblée » for « L'Assemblée » (folded text): a candidate may keep its elided article.</summary>
    internal static string WithoutElision(string name) =>
        name.Length > 2 && name[1] == '\'' && name[0] is 'L' or 'l' ? name[2..] : name;

    // French derivational endings of common nouns (« Illustration », « Investissement », « Culture », « Solidarité »).
    private static bool IsCommonNounForm(ReadOnlySpan<char> word) =>
        word.Length > 5 && (word.EndsWith("tion") || word.EndsWith("sion") || word.EndsWith("ment") || word.EndsWith("ité") || word.EndsWith("ure")
            || word.EndsWith("age") || word.EndsWith("ence") || word.EndsWith("ance") || word.EndsWith("isme") || word.EndsWith("erie"));

    private static bool IsNotName(string word) =>
        CapitalizedStopwords.Contains(word) || Gazetteer.Places.Contains(word) || word == "&";

    // "Vincent Bolloré", "Michael Bloomberg", « la traductrice Virginie Castelnau »: one word right after a given name
    // is a family name, the person's, whether a list or the tagger takes it for a company.
    internal static bool IsFamilyName(string text, Span span)
    {
        if (text.AsSpan(span.Start, span.Length).Contains(' ') || span.Start < 3 || text[span.Start - 1] != ' ') return false;
        var wordStart = span.Start - 1;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
        return wordStart < span.Start - 1 && (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]))
            && Gazetteer.IsGivenName(text[wordStart..(span.Start - 1)]);
    }

    /// <summary>A given name first and no company suffix last (« Marie-Claude Dupont », not « Jean Dupont Studios »).</summary>
    internal static bool LooksLikePerson(string text, Span span)
    {
        var words = text[span.Start..span.End].Split(' ');
        return Gazetteer.IsGivenName(words[0]) && (words.Length == 1 || !Suffixes.Contains(words[^1]));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueNouns =
        new HashSet<string>(CueNoun.Trim('(', ')', '?', ':').Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="words"/> is one of the cue nouns, in any case (« EdTech », « Fintech »).</summary>
    public static bool IsCueNoun(ReadOnlySpan<char> words) => CueNouns.Contains(words);

    private static readonly HashSet<string> Suffixes = new(Suffix.Trim('(', ')', '?', ':').Split('|'), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixWords = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> ends a company's name (« Group », « Studios », « Inc »), as written.</summary>
    public static bool IsSuffix(ReadOnlySpan<char> word) => SuffixWords.Contains(word);
}
