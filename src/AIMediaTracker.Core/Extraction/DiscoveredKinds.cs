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

    // The cue noun, then at most three lower-case words (« le site spécialisé américain », « le quotidien économique »), then the name.
    private const string Between = @"(?:[ ][\p{Ll}'-]+){0,3}[ ]$";

    private static readonly (Regex Cue, string Kind)[] Cues = new (string Nouns, string Kind)[]
    {
        ("quotidiens?|journal|journaux|magazines?|hebdomadaires?|mensuels?|revues?|tabloïds?|tabloids?|site|sites|médias?|medias?|blog|newsletter|radio|chaîne|chaine|agence de presse", "media"),
        ("syndicats?|guilde", "union"),
        ("studios?", "studio"),
        ("cabinets?", "consultancy"),
        ("institut|laboratoire|labo|centre de recherche|think tank|groupe de réflexion", "research"),
        ("fonds", "investor"),
        ("banques?|néobanques?|assureurs?", "finance"),
    }.Select(c => (new Regex(@"(?<![\p{L}])(?:" + c.Nouns + ")" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), c.Kind)).ToArray();

    /// <summary>The kind a cue right before one of <paramref name="mentions"/> gives, or null.</summary>
    public static string? Of(string text, IReadOnlyList<Span> mentions)
    {
        foreach (var mention in mentions)
        {
            var from = Math.Max(0, mention.Start - Reach);
            var before = text.AsSpan(from, mention.Start - from);
            foreach (var (cue, kind) in Cues)
                if (cue.IsMatch(before)) return kind;
        }
        return null;
    }
}
