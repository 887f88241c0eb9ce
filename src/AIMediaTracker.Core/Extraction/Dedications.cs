using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

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

    /// <summary>Every noun a dedicated name follows, the words <see cref="AnchorWords"/> finds them by.</summary>
    internal const string Nouns = PlaceNoun + "|" + AwardNoun;

    private const string Word = @"\p{Lu}[\p{L}\p{N}'-]*";

    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}-])(?:(?i:" + PlaceNoun + @")[ ](?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d')?(?<name>" + Word + @"(?:[ ]" + Word + @"){0,3})"
        + @"|(?i:" + AwardNoun + @")[ ](?<name>" + Word + ")))", RegexOptions.CultureInvariant)]
    private static partial Regex DedicationAtStart();

    // Tried where a noun stands only: scanning the whole text, the pattern's first letters (most of
    // the alphabet, in either case) made it start at nearly every letter of the article.
    private static readonly AnchoredSearch Search = new(DedicationAtStart(), wordsBefore: 0);

    /// <summary>The spans of the dedicated names in <paramref name="text"/>, the nouns before them left out.</summary>
    public static List<Span> Find(ArticleText text) => Find(text.Matchable, text.AnchorHits[AnchorWords.DedicationNouns]);

    /// <summary><see cref="Find(ArticleText)"/> on a bare string.</summary>
    public static List<Span> Find(string text) => Find(text, AnchorWords.Find(text)[AnchorWords.DedicationNouns]);

    private static List<Span> Find(string text, List<int> anchors)
    {
        var spans = new List<Span>();
        foreach (var m in Search.Matches(text, anchors))
        {
            var name = m.Groups["name"];
            spans.Add(new Span(name.Index, name.Index + name.Length));
        }
        return spans;
    }
}
