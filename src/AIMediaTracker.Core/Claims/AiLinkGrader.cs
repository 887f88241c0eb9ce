using System.Text.RegularExpressions;

namespace AIMediaTracker.Core.Claims;

/// <summary>
/// Reads the grade from the sentence of the figure and its paragraph. Explicit: the employer speaks
/// (« la direction invoque l'IA ») or the jobs are replaced by AI (« remplacés par l'IA », an act, not
/// a reading of it); attributed: AI is given as the cause by the article or by others (« en raison de
/// l'automatisation », « selon les syndicats »); unclear: AI among other reasons, only near, or denied
/// (« sans lien avec l'IA »).
/// </summary>
public static partial class AiLinkGrader
{
    /// <summary>Raise it whenever a rule below changes: the claim ledger's stamp carries it, so stored grades are read again.</summary>
    public const int Version = 3;

    public static string Name(AiLinkGrade grade) => grade switch
    {
        AiLinkGrade.Explicit => "explicit",
        AiLinkGrade.Attributed => "attributed",
        _ => "unclear",
    };

    public static AiLinkGrade? Parse(string? name) => name switch
    {
        "explicit" => AiLinkGrade.Explicit,
        "attributed" => AiLinkGrade.Attributed,
        "unclear" => AiLinkGrade.Unclear,
        _ => null,
    };

    /// <param name="employerSpeaks">The figure is credited to the company whose jobs it counts (« BPER Banca a annoncé que… »).</param>
    public static AiLinkGrade Grade(string sentence, string paragraph, bool employerSpeaks = false)
    {
        if (!Ai().IsMatch(paragraph)) return AiLinkGrade.Unclear;
        if (SeveralReasons().IsMatch(sentence) || Denied().IsMatch(sentence)) return AiLinkGrade.Unclear;
        // « …en misant sur l'IA. Résultat : 12 000 postes sont supprimés »: the cause is the sentence before.
        var cause = Consequence().IsMatch(sentence) && Before(sentence, paragraph) is { } before ? before + " " + sentence : sentence;
        var causal = Causal().IsMatch(cause);
        var aiInSentence = Ai().IsMatch(sentence);
        var others = OthersSay().IsMatch(sentence);
        // The employer giving reasons may only mention AI; announcing a plan, it must give AI as its cause.
        if (!others && (Replaced().IsMatch(sentence)
                || (aiInSentence && EmployerSays().IsMatch(sentence))
                || (causal && (employerSpeaks || EmployerSays().IsMatch(paragraph) || EmployerAnnounces().IsMatch(sentence)))))
            return AiLinkGrade.Explicit;
        if (causal || (aiInSentence && others)) return AiLinkGrade.Attributed;
        return AiLinkGrade.Unclear;
    }

    // The sentence before this one in its paragraph, or null.
    private static string? Before(string sentence, string paragraph)
    {
        var at = paragraph.IndexOf(sentence, StringComparison.Ordinal);
        if (at <= 0) return null;
        var head = paragraph[..at].TrimEnd();
        var stop = head.Length < 2 ? -1 : head.LastIndexOfAny(['.', '!', '?'], head.Length - 2);
        return head[(stop + 1)..];
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // « Résultat : », « Conséquence : », « Par conséquent », « Du coup »: the sentence states an effect of the one before.
    [GeneratedRegex(@"^\s*(?:résultat|conséquence|en\s+conséquence|par\s+conséquent|du\s+coup|de\s+ce\s+fait)\b", Options)]
    private static partial Regex Consequence();

    // « l'IA », « l'intelligence artificielle », « l'automatisation », « ChatGPT »
    [GeneratedRegex(@"(?<![\p{L}])(?:IA|I\.A\.|intelligence\s+artificielle|automatis\p{L}*|ChatGPT|algorithmes?|IA\s+générative)(?![\p{L}])", Options)]
    private static partial Regex Ai();

    // What follows a causal phrase: up to eight words or elisions, within the clause (« des progrès de la
    // technologie de l'IA », « des outils d'intelligence artificielle »), then AI itself.
    private const string ToAi = @"\s*(?:(?:l|d|qu)['’]|[\p{L}-]+\s+){0,8}?(?:IA|intelligence\s+artificielle|automatis\p{L}*|ChatGPT|algorithmes?)(?![\p{L}])";

    // « de », « du », « des », « d' »
    private const string Of = @"(?:d(?:e|u|es)(?=\s)|d['’])";

    // « remplacés par l'IA », « en raison de l'automatisation », « à cause de l'intelligence artificielle », « liés à l'IA »,
    // « dans le cadre d'un plan d'adoption de l'IA », « en misant sur l'IA »
    [GeneratedRegex(@"(?:(?:remplac|repris|assur)\p{L}*\s+par|en\s+raison\s+" + Of + @"|à\s+cause\s+" + Of + @"|du\s+fait\s+" + Of + @"|imputable\p{L}*\s+à|attribu\p{L}*\s+à|li\p{L}*\s+à|au\s+profit\s+" + Of
        + @"|conséquence\s+" + Of + @"|victimes?\s+" + Of + @"|sacrifi\p{L}*\s+sur\s+l'autel\s+" + Of + @"|dans\s+le\s+cadre\s+" + Of + @"|grâce\s+à|en\s+mis\p{L}*\s+sur|sous\s+l['’]effet\s+" + Of + ")" + ToAi, Options)]
    private static partial Regex Causal();

    // « remplacés par l'IA », « repris par des outils d'intelligence artificielle », « au profit de l'IA »: the employer's act itself
    [GeneratedRegex(@"(?:(?:remplac|repris)\p{L}*\s+par|au\s+profit\s+" + Of + ")" + ToAi, Options)]
    private static partial Regex Replaced();

    // « ne sont pas remplacés par l'IA », « sans lien avec l'IA », « n'ont rien à voir avec », « l'IA n'y est pour rien », « dément »
    [GeneratedRegex(@"(?<!\p{L})(?:\b(?:ne|n'|n’)\s*(?:\p{L}+\s+){0,2}?(?:pas|plus|nullement|aucunement)\s+(?:\p{L}+\s+){0,2}?(?:remplac|li[ée]|d[uû]|imputable|caus)|sans\s+(?:aucun\s+)?lien|aucun\s+lien|rien\s+à\s+voir|n'y\s+est\s+pour\s+rien|n’y\s+est\s+pour\s+rien|dément|démentent|démenti|nie\s+|nient\s+|récus\p{L}*)", Options)]
    private static partial Regex Denied();

    // The employer as an article names it when it speaks or acts: « la direction », « l'entreprise », « son PDG ».
    private const string Employer = @"(?:la\s+direction|l'entreprise|l’entreprise|le\s+groupe|la\s+société|l'employeur|le\s+PDG|la\s+PDG|son\s+PDG|le\s+patron|sa\s+direction|le\s+directeur\s+général)";

    // « la direction invoque », « l'entreprise justifie », « le groupe explique », « a annoncé le PDG »
    [GeneratedRegex(@"(?:" + Employer + @"\s+(?:\p{L}+\s+){0,3}?(?:invoqu|justifi|expliqu|attribu|met\s+en\s+avant|évoqu|assum|reconna|affirm|indiqu|précis|motiv)|(?:a|ont)\s+(?:expliqué|justifié|invoqué|indiqué|affirmé|précisé)\s+(?:la\s+direction|l'entreprise|le\s+groupe|le\s+PDG))", Options)]
    private static partial Regex EmployerSays();

    // « le groupe informatique américain prévoit de supprimer », « la direction a annoncé »: the employer's own plan
    [GeneratedRegex(Employer + @"\s+(?:\p{L}+\s+){0,3}?(?:a\s+|avait\s+)?(?:annonc|prévoi|confirm|envisag)", Options)]
    private static partial Regex EmployerAnnounces();

    // « selon les syndicats », « d'après la CGT », « dénoncent les élus »
    [GeneratedRegex(@"(?:selon|d'après|d’après|pour)\s+(?:les\s+|la\s+|le\s+|des\s+)?(?:syndica\p{L}*|CGT|CFDT|FO|élus|salariés|représentants|analystes|experts|observateurs)|dénonc\p{L}*|accus\p{L}*|(?:les\s+)?syndicats?\s+(?:estim|affirm|craign|redout|assur)", Options)]
    private static partial Regex OthersSay();

    // « entre autres », « parmi d'autres raisons », « la baisse des ventes et l'IA »
    [GeneratedRegex(@"(?:entre\s+autres|parmi\s+d'autres|parmi\s+les\s+raisons|en\s+partie|notamment\s+(?:à\s+cause|en\s+raison)|conjoncture|baisse\s+d[eu]s?\s+(?:ventes|chiffre|audiences?|recettes|revenus)|difficultés\s+(?:économiques|financières)|plan\s+d'économies|contexte\s+économique)", Options)]
    private static partial Regex SeveralReasons();
}
