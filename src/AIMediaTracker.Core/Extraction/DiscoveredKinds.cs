using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The kind of an organisation no list knows, from the cue noun the article puts before it: « le site
/// Kotaku » is a paper, « le syndicat SNJ-X » a union. The claim rules read kinds (a paper relays, a union
/// counts others' jobs, a consultancy forecasts), and an unknown kind left these rules blind.
/// </summary>
internal static partial class DiscoveredKinds
{
    private const int Reach = 60;

    private static readonly (Regex Cue, string Kind)[] Cues =
    [
        (PressCue(), "media"),
        (UnionCue(), "union"),
        (StudioCue(), "studio"),
        (ConsultancyCue(), "consultancy"),
        (ResearchCue(), "research"),
        (InvestorCue(), "investor"),
        (BankCue(), "finance"),
    ];

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

    // The cue noun, then at most three lower-case words (« le site spécialisé américain », « le quotidien économique »), then the name.
    private const string Between = @"(?:[ ][\p{Ll}'-]+){0,3}[ ]$";

    [GeneratedRegex(@"(?<![\p{L}])(?:quotidiens?|journal|journaux|magazines?|hebdomadaires?|mensuels?|revues?|tabloïds?|tabloids?|site|sites|médias?|medias?|blog|newsletter|radio|chaîne|chaine|agence de presse)" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressCue();

    [GeneratedRegex(@"(?<![\p{L}])(?:syndicats?|guilde)" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnionCue();

    [GeneratedRegex(@"(?<![\p{L}])studios?" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudioCue();

    [GeneratedRegex(@"(?<![\p{L}])cabinets?" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsultancyCue();

    [GeneratedRegex(@"(?<![\p{L}])(?:institut|laboratoire|labo|centre de recherche|think tank|groupe de réflexion)" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResearchCue();

    [GeneratedRegex(@"(?<![\p{L}])fonds" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestorCue();

    [GeneratedRegex(@"(?<![\p{L}])(?:banques?|néobanques?|assureurs?)" + Between, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BankCue();
}
