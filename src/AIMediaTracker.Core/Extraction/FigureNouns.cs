using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// What a counted noun says about a figure: its unit (empty when the noun only takes
/// shares), sometimes its kind, whether it names a nationality, and whether a
/// percentage of it is a share of jobs.
/// </summary>
internal sealed record CountedNoun(string Unit, FigureKind? Kind, bool IsDemonym, bool SharesJobs);

/// <summary>
/// The nouns after a number that make it an impact figure. A number counting anything
/// else (users, pages, countries, employers) is not one, which is what keeps noise out.
/// </summary>
internal static class FigureNouns
{
    private static readonly Dictionary<string, CountedNoun> Nouns = Build();

    // Words that may stand between the number and its noun ("170 millions de nouveaux emplois").
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "nouveaux", "nouvelles", "nouveau", "nouvelle", "anciens", "anciennes", "ex", "futurs", "futures",
        "actuels", "actuelles", "vrais", "véritables", "emplois", "postes", "autres", "jeunes",
    };

    private static readonly Dictionary<string, CountedNoun>.AlternateLookup<ReadOnlySpan<char>> NounLookup =
        Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup =
        Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CountedNoun? Find(ReadOnlySpan<char> word)
    {
        var trimmed = word.Trim("-'");
        Span<char> w = trimmed.Length <= 64 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        trimmed.ToLowerInvariant(w);
        if (NounLookup.TryGetValue(w, out var noun)) return noun;
        return w.Length > 3 && (w[^1] == 's' || w[^1] == 'x') && NounLookup.TryGetValue(w[..^1], out noun) ? noun : null;
    }

    public static bool IsAdjective(ReadOnlySpan<char> word) => AdjectiveLookup.Contains(word);

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "seront", "sont", "seraient", "ont", "auront", "avaient", "vont", "furent",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup =
        Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An auxiliary right after a bare number: what it counts was just named ("135 seront créés").</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => AuxiliaryLookup.Contains(word);

    /// <summary>"nouveaux emplois", "nouvelles recrues": what is counted is being created.</summary>
    public static bool IsNew(ReadOnlySpan<char> word) => word.StartsWith("nouve", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, CountedNoun> Build()
    {
        var nouns = new Dictionary<string, CountedNoun>(StringComparer.OrdinalIgnoreCase);
        void Add(string unit, FigureKind? kind, bool demonym, bool shares, params string[] words)
        {
            foreach (var w in words) nouns[w] = new CountedNoun(unit, kind, demonym, shares);
        }

        Add("jobs", null, false, true, "emploi", "poste", "job", "etp", "équivalents");
        // Only ever a share ("10 % des effectifs"), never a count: "300 métiers" counts occupations.
        Add("", null, false, true, "effectif", "effectifs", "personnel", "main-d'œuvre", "main-d'oeuvre",
            "métier", "profession");
        Add("jobs", FigureKind.JobsLost, false, false, "suppression", "destruction", "perte", "disparition");
        // A dismissal or a departure is a person leaving: "1 000 licenciements" counts people.
        Add("people", FigureKind.JobsLost, false, false, "licenciement", "départ", "tête");
        Add("jobs", FigureKind.JobsCreated, false, false, "création", "embauche", "recrutement");
        Add("people", null, false, true,
            "salarié", "salariée", "employé", "employée", "agent", "membre", "adhérent", "adhérente",
            "comédien", "comédienne", "traducteur", "traductrice", "interprète", "travailleur", "travailleuse",
            "ouvrier", "ouvrière", "journaliste", "artiste", "animateur", "animatrice", "scénariste",
            "technicien", "technicienne", "collaborateur", "collaboratrice", "fonctionnaire", "intermittent",
            "professionnel", "professionnelle", "développeur", "développeuse", "ingénieur", "cadre",
            "conseiller", "conseillère", "téléconseiller", "téléconseillère", "opérateur", "opératrice",
            "doubleur", "doubleuse", "acteur", "actrice", "musicien", "musicienne", "illustrateur",
            "illustratrice", "graphiste", "dessinateur", "dessinatrice", "photographe", "auteur", "autrice",
            "écrivain", "rédacteur", "rédactrice", "correcteur", "correctrice", "pigiste", "freelance",
            "indépendant", "prestataire", "sous-traitant", "intérimaire", "caissier", "caissière",
            "secrétaire", "assistant", "assistante", "juriste", "avocat", "comptable", "programmeur",
            "codeur", "designer", "monteur", "monteuse", "vendeur", "vendeuse", "livreur", "chauffeur",
            "enseignant", "enseignante", "professeur", "chercheur", "chercheuse", "actif", "employés",
            "manutentionnaire", "modérateur", "modératrice", "annotateur", "annotatrice", "créateur", "créatrice",
            "infirmier", "infirmière", "médecin", "banquier", "analyste", "consultant", "consultante");
        Add("people", null, false, false, "personne");
        Add("people", null, true, false,
            "américain", "américaine", "français", "française", "britannique", "européen", "européenne",
            "allemand", "allemande", "canadien", "canadienne", "chinois", "indien", "japonais", "italien",
            "espagnol", "belge", "suisse", "québécois", "africain", "asiatique");
        return nouns;
    }
}
