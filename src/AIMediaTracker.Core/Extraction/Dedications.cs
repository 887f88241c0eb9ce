using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Names given to a street, a building, a school or a prize: « rue Victor-Hugo », « le lycée Jules
/// Ferry », « la bibliothèque François-Mitterrand », « l'aéroport Charles-de-Gaulle », « le prix
/// Albert-Londres ». The name honours someone and mentions no one: neither a person of the story
/// nor, on its own, an organisation (« l'école Émile-Cohl » as a whole may be one). A theatre's or
/// a museum's name is left alone: « les Folies-Dramatiques », « le musée Grévin » are bodies that act.
/// </summary>
public static partial class Dedications
{
    // After a place or a building, every capitalised word that follows belongs to its name, hyphens
    // or not (« rue Victor Hugo », « lycée Jean Zay »), and so does a complement (« place de la
    // République », « gare du Nord »).
    private const string PlaceNoun = "rue|avenue|boulevard|place|quai|allée|impasse|square|pont|parc|jardin|gare|station|aéroport|"
        + "lycée|collège|école|université|institut|fondation|centre|hôpital|clinique|stade|gymnase|salle|"
        + "bibliothèque|médiathèque|amphithéâtre|amphi|résidence|espace|campus|villa|château|hôtel|cathédrale|église";

    // After a prize, only the first name is the prize's: « le prix Nobel Joseph Stiglitz » names a laureate.
    private const string AwardNoun = "prix|médaille|bourse|trophée|promotion";

    private const string Word = @"\p{Lu}[\p{L}\p{N}'-]*";

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:(?i:" + PlaceNoun + @")[ ](?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d')?(?<name>" + Word + @"(?:[ ]" + Word + @"){0,3})"
        + @"|(?i:" + AwardNoun + @")[ ](?<name>" + Word + "))", RegexOptions.CultureInvariant)]
    private static partial Regex Dedication();

    /// <summary>The spans of the dedicated names in <paramref name="text"/>, the nouns before them left out.</summary>
    public static List<Span> Find(string text)
    {
        var spans = new List<Span>();
        foreach (Match m in Dedication().Matches(text))
        {
            var name = m.Groups["name"];
            spans.Add(new Span(name.Index, name.Index + name.Length));
        }
        return spans;
    }

    /// <summary>Whether <paramref name="span"/> lies wholly within one of <paramref name="dedications"/>.</summary>
    public static bool IsWithin(List<Span> dedications, Span span)
    {
        foreach (var d in dedications)
            if (d.Start <= span.Start && span.End <= d.End) return true;
        return false;
    }
}
