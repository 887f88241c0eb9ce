using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Decides whether a four-digit number between 1900 and 2099 is a year. In French press
/// counts are grouped ("1 800 emplois"), so an ungrouped four-digit number is nearly always
/// a year; the exceptions are counts of something ("2000 salariés") and amounts.
/// </summary>
internal static class YearContext
{
    // Words after which a number reads as a year, compared accent-free, elision dropped.
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "en", "depuis", "des", "ici", "horizon", "avant", "apres", "jusqu'en", "fin", "debut", "mi", "courant",
        "vers", "exercice", "annee", "an", "printemps", "ete", "automne", "hiver", "trimestre", "semestre",
        "saison", "rentree", "edition", "cuvee", "millesime", "promotion", "budget", "rapport", "classement",
        "entre", "et", "ou", "de", "a", "pour", "puis", "janvier", "decembre",
    };

    // Strong cues keep the year even before a plural noun ("en 2023 salariés et patrons...").
    private static readonly HashSet<string> StrongCues = new(StringComparer.Ordinal)
    {
        "en", "depuis", "ici", "horizon", "jusqu'en", "fin", "debut", "mi", "courant", "exercice", "annee", "an",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "les", "des", "ces", "ses", "leurs", "nos", "vos", "quelque", "quelques", "environ", "pres", "plus", "moins",
        "soit", "contre", "compte", "emploie", "emploient", "compter", "total", "autour", "jusqu'a",
    };

    // Plurals of what a number counts, compared accent-free: the counted nouns, the trades and
    // titles, and the other counted things of Data/counted-nouns.txt.
    private static readonly HashSet<string> CountNouns = new(CountedThings(), StringComparer.Ordinal);

    private static IEnumerable<string> CountedThings()
    {
        var file = LexiconFile.Get("counted-nouns.txt");
        var singulars = new[] { "jobs", "shares-only", "jobs-lost", "people-lost", "jobs-created", "people" }
            .SelectMany(file.Entries).Concat(RoleNouns.Forms);
        return singulars.Where(w => !w.Contains(' ')).Select(Plural).Concat(file.Entries("other-counted")).Select(FrenchTypography.Key);
    }

    private static string Plural(string singular) => singular[^1] is 's' or 'x' or 'z' ? singular : singular + "s";

    // Short words ending in -s that are not nouns being counted.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "les", "des", "ces", "ses", "mes", "tes", "nos", "vos", "leurs", "dans", "sous", "vers", "apres", "depuis",
        "alors", "plus", "moins", "mais", "puis", "tous", "toutes", "pas", "tres", "sans", "chez", "lors", "jamais",
        "toujours", "deja", "ainsi", "aussi", "apres", "selon", "dont", "avons", "avez", "etes", "sommes", "fais",
        "fois", "ans", "jours", "mois",
    };

    public static bool IsYear(string text, int start, int end)
    {
        var (prev, prevEnd) = WordBefore(text, start);
        var (prev2, _) = WordBefore(text, prevEnd);
        var next = WordAfter(text, end);
        var nextKey = FrenchTypography.Key(next);

        if (CountNouns.Contains(nextKey) || next is "€" or "$" or "£") return false;
        // « les années 1970 » names a decade, read as its first year as the contract's gold does; a year
        // not ending in 0 after « années » names no decade and stays unread, as before.
        if (prev == "annees") return text[end - 1] == '0';
        var plural = next.Length > 3 && char.IsLower(next[0]) && (nextKey.EndsWith('s') || nextKey.EndsWith('x'))
            && !FunctionWords.Contains(nextKey);
        if (StrongCues.Contains(prev)) return true;
        if (plural) return false;
        var counting = Quantifiers.Contains(prev) || (prev == "de" && Quantifiers.Contains(prev2));
        if (counting) return next.Length == 0 || !char.IsLetter(next[0]);
        return true;
    }

    private static (string Word, int Start) WordBefore(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i > 0 && text[i - 1] == '-') i--; // "mi-2024"
        var end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '\'')) i--;
        var word = FrenchTypography.Key(text[i..end]);
        if (word.Length > 2 && word[1] == '\'' && word[0] is 'l' or 'd' && word != "d'ici") word = word[2..];
        if (word == "d'ici") word = "ici";
        return (word, i);
    }

    private static string WordAfter(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && !char.IsLetter(text[i])) return text[i].ToString();
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text[start..i];
    }
}
