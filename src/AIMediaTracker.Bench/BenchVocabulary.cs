namespace AIMediaTracker.Bench;

/// <summary>
/// The words and sentence templates the benchmark corpus is built from. Sentence placeholders:
/// {0} organisation, {1} person, {2} sector, {3} job count, {4} money, {5} horizon year,
/// {6} date, {7} role, {8} quote, {9} percentage.
/// </summary>
internal static class BenchVocabulary
{
    public static readonly string[] Titles =
    [
        "IA générative : {0} bouscule le secteur {1}",
        "{0} et l'IA : jusqu'à {2} postes en jeu dans le secteur {1}",
        "Le secteur {1} face à l'IA : ce que prépare {0}",
        "Intelligence artificielle : {0} accélère, le secteur {1} s'inquiète",
    ];

    public static readonly string[] Sectors =
    [
        "de la presse", "du doublage", "de la traduction", "de l'édition", "du cinéma", "de la publicité",
        "de la musique", "du jeu vidéo", "de l'illustration", "de l'audiovisuel", "des centres d'appels", "de la radio",
    ];

    public static readonly string[] Roles =
    [
        "directeur général", "directrice générale", "présidente", "président", "secrétaire général du syndicat",
        "déléguée syndicale", "fondateur", "rédactrice en chef", "analyste", "économiste",
    ];

    public static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
        "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
        "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
    ];

    public static readonly string[] Quotes =
    [
        "Nous ne laisserons pas les machines remplacer les artistes",
        "L'outil ne remplace pas le métier, il le transforme",
        "Personne ne nous a consultés avant de signer cet accord",
        "Nos membres ont vu leurs commandes baisser de moitié en un an",
        "Il faut une rémunération juste pour les œuvres utilisées à l'entraînement",
        "La transparence sur les données d'entraînement est un préalable",
        "Nous formerons chaque salarié concerné avant la fin de l'année",
    ];

    /// <summary>Context without figures: real coverage has about two figures per paragraph, not one per sentence.</summary>
    public static readonly string[] Prose =
    [
        "Chez {0}, la question divise les équipes depuis plusieurs mois.",
        "{1}, {7} de {0}, reconnaît que les outils progressent plus vite que prévu.",
        "Les représentants du personnel réclament un accord de méthode avant tout déploiement.",
        "Le sujet sera au menu du prochain comité social et économique de {0}.",
        "Dans les rédactions comme dans les studios, l'inquiétude gagne les pigistes et les indépendants.",
        "{1} plaide pour un étiquetage clair des contenus produits par une machine.",
        "Les auteurs demandent à être consultés avant que leurs œuvres servent à entraîner des modèles.",
        "La direction de {0} assure vouloir « accompagner » ses salariés plutôt que les remplacer.",
        "Le ministère de la Culture suit le dossier de près, selon {1}.",
        "Plusieurs organisations professionnelles du secteur {2} ont signé une tribune commune.",
        "Interrogé, {0} n'a pas souhaité commenter ces informations.",
        "Pour {1}, l'enjeu est d'abord celui du partage de la valeur.",
    ];

    public static readonly string[] Sentences =
    [
        "Selon {0}, près de {3} emplois {2} pourraient être menacés d'ici {5}.",
        "{0} a annoncé le {6} la suppression de {3} postes dans le secteur {2}.",
        "Le groupe {0} a levé {4} pour développer ses outils d'IA générative.",
        "« {8} », a déclaré {1}, {7} de {0}.",
        "{1}, {7} chez {0}, estime que {9} % des tâches {2} seront automatisées d'ici {5}.",
        "D'après une étude publiée le {6}, {3} salariés {2} seraient concernés par l'automatisation.",
        "{0} investira {4} dans des centres de données d'ici {5}, a précisé {1}.",
        "Les syndicats {2} dénoncent un plan qui toucherait {3} emplois, selon {1}.",
        "Le contrat signé avec {0} porte sur {4} sur cinq ans.",
        "Depuis le {6}, {0} teste un assistant d'IA auprès de {9} % de ses équipes.",
        "Le rapport consultable sur https://rapports.exemple.org/ia-{5}-{9} évalue à {3} le nombre de postes exposés {2}.",
        "{1} rappelle que {0} a déjà réduit ses effectifs de {9} % depuis {5}.",
        "« {8} », insiste {1} dans un entretien accordé le {6}.",
        "Pour {0}, le marché {2} pèserait {4} en {5}.",
    ];
}
