using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The verbs and nouns around a count of jobs or people that say what happens to them.
/// One pattern per kind, so a scope can be searched for the nearest cue of any kind.
/// </summary>
internal static partial class FigureCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"(?<![\p{L}])(?:suppr(?:im|ess)\p{L}*|licenci\p{L}*|perdu\p{L}*|pertes?|perdr\p{L}*|perd|perdent|détrui\p{L}*|destructions?|dispar\p{L}*" +
        @"|coup(?:e|es|er|é|és|ées|era|eront)|écart(?:é|és|ée|ées)|diminu\p{L}*|quitt(?:é|er|ent|eront|era)|(?<!à\s)partir|partis|tomb(?:er|eront|era|ent|ées|és)|déplac(?:é|és|ée|ées)|repris\s+par|(?:en|de)\s+moins|réductions?\s+(?:d'effectifs|de\s+postes|d'emplois)|réduire\s+(?:ses|leurs|les)\s+effectifs|plans?\s+(?:social|sociaux|de\s+départs?)" +
        @"|PSE|plans?\s+de\s+sauvegarde|ruptures?\s+conventionnelles?|évapor\p{L}*|départs|fermetures?|remerci[eé]\p{L}*|mis(?:es)?\s+à\s+la\s+porte|mis(?:es)?\s+fin|se\s+sépar\p{L}*|sacrifi\p{L}*|élimin\p{L}*|congédi\p{L}*|virés?|saignée)(?![\p{L}])",
        Options)]
    public static partial Regex Lost();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:menac\p{L}*|à\s+risque|en\s+danger|expos(?:é|ée|és|ées|er|era|erait|eraient|ent|ant)|remplaç\p{L}*|remplac\p{L}*|automatisables?|automatisé\p{L}*|risqu\p{L}*|susceptibles?\s+d'être" +
        @"|vulnérables?|sur\s+la\s+sellette|en\s+sursis|fragilisé\p{L}*|condamné\p{L}*|en\s+jeu)(?![\p{L}])",
        Options)]
    public static partial Regex AtRisk();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:touch\p{L}*|affect\p{L}*|concern\p{L}*|impact\p{L}*|transform\p{L}*|boulevers\p{L}*|perturb\p{L}*" +
        @"|reconver\p{L}*|form(?:é|és|ée|ées|er|era|ation|ations)|redéploy\p{L}*|réaffect\p{L}*|reclass\p{L}*|requalifi\p{L}*" +
        @"|changer\s+de\s+(?:métier|poste|profession|emploi|secteur)|modifi\p{L}*|redéfini\p{L}*|évolu\p{L}*|mut(?:er|ent|eront|eraient|ation|ations)|augment(?:é|és|ée|ées)|assist(?:é|és|ée|ées))(?![\p{L}])",
        Options)]
    public static partial Regex Affected();

    /// <summary>Jobs created or to be created: "créés", embauches, a positive net balance.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}])(?:cré(?:é|ée|és|ées|er|era|eront|ent|e|ant|ation|ations|erait|eraient)|génér(?:é|és|ée|ées|er|era|eront|erait|eraient)|embauch\p{L}*|recrut\p{L}*" +
        @"|soldes?\s+(?:nets?\s+)?positifs?|nouveaux\s+(?:emplois|postes)|à\s+la\s+clé|associés)(?![\p{L}])",
        Options)]
    public static partial Regex Created();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:emploi(?:e|ent|ait|aient|era|eront|erait|eraient)|compt(?:e|ent|ait|aient|erait|eraient|era|ant)|(?:fait|ferait|faisait|font|feraient|faisaient)\s+(?:travailler|vivre)" +
        @"|rassembl\p{L}*|regroup\p{L}*|réun(?:it|issent|issant|issait)|fédèr\p{L}*|revendiqu\p{L}*|représent\p{L}*|forte?\s+de|salari(?:e|ent)|occup(?:e|ent|ait)|syndiqu\p{L}*|travaill(?:ent|aient|ant|eraient|erait)|pès\p{L}*|pèse|pesant)(?![\p{L}])",
        Options)]
    public static partial Regex Workforce();

    /// <summary>Verbs that only pass on what happens ("le plan social touche 200 salariés"): a loss named nearby wins.</summary>
    [GeneratedRegex(@"^(?:touch|affect|concern|impact)", Options)]
    public static partial Regex PassOn();

    /// <summary>A modal that turns a loss into a risk: "pourraient disparaître", "risquent d'être supprimés".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:pourr\p{L}*|peu(?:t|vent)|risqu\p{L}*|susceptibles?|menac\p{L}*|potentiel\p{L}*)(?![\p{L}])", Options)]
    public static partial Regex Modal();

    /// <summary>A negation just before a cue: "ne sont pas concernés", "sans licenciement".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ne|n'|pas|sans|aucun|aucune|non|ni)(?![\p{L}])", Options)]
    public static partial Regex Negation();

    /// <summary>Counts of users, readers or respondents: people, but not workers.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:utilis\p{L}*|abonn\p{L}*|interrog\p{L}*|sondé\p{L}*|visiteu\p{L}*|lecteu\p{L}*|spectat\p{L}*|téléspectat\p{L}*|auditeu\p{L}*|joueu\p{L}*|inscri\p{L}*|électeu\p{L}*|votant\p{L}*|manifest\p{L}*|habitant\p{L}*|client\p{L}*|patient\p{L}*|élèves?|étudiant\p{L}*|sign(?:é|ée|és|ées|ent|ataires?)|pétition\p{L}*|plainte\p{L}*|plaign\p{L}*|poursui\p{L}*|procès|attaqu\p{L}*|accus\p{L}*)(?![\p{L}])", Options)]
    public static partial Regex NonWorker();

    /// <summary>A possessive before the number names a workforce: "la formation de ses 20 000 salariés".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ses|leurs|nos|vos)\s+(?:quelque\s+|environ\s+|près\s+de\s+)?$", Options)]
    public static partial Regex Possessive();

    /// <summary>Right before a count, words that make it a workforce: a share "des" it, a firm "avec" it.</summary>
    [GeneratedRegex(@"(?:(?:%|pour\s*cent)\s+(?:des|de\s+(?:ses|leurs|son|sa))|(?<![\p{L}])avec)\s+$", Options)]
    public static partial Regex WorkforceBefore();

    /// <summary>Where a clause ends for the words right after a figure.</summary>
    [GeneratedRegex(@"[,;:()]|\s(?:et|mais|soit|dont|alors|tandis|car|ou)\s", Options)]
    public static partial Regex NearBoundary();

    /// <summary>Where a clause ends for any words after a figure.</summary>
    [GeneratedRegex(@"[;:()]|\s(?:mais|alors\s+qu|tandis\s+qu|et\s+qu|car|soit)", Options)]
    public static partial Regex FarBoundary();
}
