namespace AIMediaTracker.Core.French;

/// <summary>
/// Words that take a capital at the start of a sentence or as dates, but never begin or make up
/// a proper name: they are trimmed off name candidates ("Selon Marion Lefèvre").
/// </summary>
public static class CapitalizedStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "A", "À", "Au", "Aux", "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "D", "Ce", "Cet", "Cette",
        "Ces", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Votre", "Vos", "Mon", "Ma", "Mes", "Il", "Elle",
        "Ils", "Elles", "On", "Nous", "Vous", "Je", "J", "Tu", "Qu", "Que", "Qui", "Quoi", "Où", "Dont", "Selon",
        "Pour", "Par", "Avec", "Dans", "En", "Et", "Ou", "Mais", "Si", "Ainsi", "Alors", "Après", "Avant", "Depuis",
        "Chez", "Comme", "Quand", "Lors", "Tout", "Tous", "Toute", "Toutes", "Plus", "Moins", "Or", "Donc", "Car",
        "Ni", "Pourtant", "Toutefois", "Cependant", "Néanmoins", "Enfin", "Puis", "Entre", "Sur", "Sous", "Vers",
        "Contre", "Malgré", "Sans", "Outre", "Parmi", "Côté", "Face", "Pendant", "Lorsque", "Puisque", "Parce",
        "Aussi", "Encore", "Déjà", "Même", "Seul", "Seuls", "Seule", "Seules", "Reste", "Voici", "Voilà", "Certes",
        "Oui", "Non", "Bien", "Très", "Trop", "Peu", "Beaucoup", "Chaque", "Autre", "Autres", "Certains", "Certaines",
        "Plusieurs", "Aucun", "Aucune", "Nul", "Ici", "Là", "Aujourd", "Désormais", "Ensuite",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
        "Décembre", "IA", "AI", "M", "MM", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Monsieur", "Madame", "Publié",
        "Mis", "Crédit", "Photo", "Source", "Sources", "Lire", "Voir", "Partager", "The", "Of", "And", "In", "On",
        "Internet", "Web", "Etat", "État", "Etats", "États", "Gouvernement", "Président", "Ministre", "Premier",
        "Nord", "Sud", "Est", "Ouest", "Pâques", "Toussaint",
    };

    public static bool Contains(string word) => Words.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => SpanLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
