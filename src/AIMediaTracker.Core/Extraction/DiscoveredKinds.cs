using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The kind of an organisation no list knows, from the cue noun the article puts before it: « le site
/// Kotaku » is a paper, « le syndicat SNJ-X » a union. The claim rules read kinds (a paper relays, a union
/// counts others' jobs, a consultancy forecasts), and an unknown kind left these rules blind.
/// </summary>
internal static class DiscoveredKinds
{
    private const int Reach = 60;

    // The cue noun, then at most three lower-case words (« le site spécialisé américain », « le quotidien économique »), then the
    // name, or the name after another the noun heads (« les tabloïds Daily Express et Daily Mirror », « les quotidiens Le Monde, … »),
    // or the name set after a comma (« la troisième banque néerlandaise, ABN Amro, »).
    private const string Between = @"(?:[ ][\p{Ll}'-]+){0,3}(?:[ ]\p{Lu}[\p{L}'-]*(?:[ ]\p{Lu}[\p{L}'-]*){0,2}(?:[ ]et|[ ]ou|,))?,?[ ]$";

    private static readonly (string Nouns, string Kind)[] Nouns =
    [
        ("quotidiens?|journal|journaux|magazines?|hebdomadaires?|mensuels?|revues?|tabloïds?|tabloids?|site|sites|médias?|medias?|blog|newsletter|radio|chaîne|chaine|agence de presse", "media"),
        ("syndicats?|guilde", "union"),
        ("studios?", "studio"),
        ("cabinets?", "consultancy"),
        ("institut|laboratoire|labo|centre de recherche|think tank|groupe de réflexion|observatoire", "research"),
        ("fonds", "investor"),
        ("banques?|néobanques?|assureurs?", "finance"),
        ("universités?|hautes? écoles?", "university"),
        ("ministères?|ministeres?", "institution"),
    ];

    // Only the noun ignores case: the words between must be lower-case (with IgnoreCase, \p{Ll} takes any letter, and
    // « l'Institut Pasteurix et la » made « Banque Norvane » after it a research body).
    private static readonly (Regex Cue, string Kind)[] Cues = Nouns
        .Select(c => (new Regex(@"(?<![\p{L}])(?i:" + c.Nouns + ")" + Between, RegexOptions.CultureInvariant | RegexOptions.Compiled), c.Kind)).ToArray();

    // The same nouns heading the name itself: « Syndicat français des artistes-interprètes », « Institut Montaigne ».
    private static readonly (Regex Head, string Kind)[] Heads = Nouns
        .Select(c => (new Regex(@"\G(?:" + c.Nouns + @")[ ]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), c.Kind)).ToArray();

    /// <summary>The kind a cue right before one of <paramref name="mentions"/>, or heading it, gives, or null.</summary>
    public static string? Of(string text, IReadOnlyList<Span> mentions)
    {
        foreach (var mention in mentions)
        {
            var from = Math.Max(0, mention.Start - Reach);
            var before = text.AsSpan(from, mention.Start - from);
            foreach (var (cue, kind) in Cues)
                if (cue.IsMatch(before)) return kind;
            foreach (var (head, kind) in Heads)
                if (head.Match(text, mention.Start, mention.Length) is { Success: true }) return kind;
        }
        return null;
    }
}
