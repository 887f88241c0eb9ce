using AIMediaTracker.Core.Claims;
using AIMediaTracker.Web.Localization;

namespace AIMediaTracker.Web;

/// <summary>How a claim's grade and sector read on screen, in French or English (its kind and basis: <see cref="FigureLabels"/>).</summary>
public static class ClaimLabels
{
    public static string Grade(string? grade) => grade switch
    {
        "explicit" => Translator.Of("lien explicite"),
        "attributed" => Translator.Of("lien attribué"),
        "unclear" => Translator.Of("lien incertain"),
        _ => "—",
    };

    /// <summary>What each grade means, for the headline's legend.</summary>
    public static string GradeHelp(string grade) => Translator.Of(grade switch
    {
        "explicit" => "l'employeur lui-même invoque l'IA",
        "attributed" => "l'article ou des tiers l'attribuent à l'IA",
        _ => "l'IA est une raison parmi d'autres, ou le contexte",
    });

    public static readonly IReadOnlyList<string> Grades = ["explicit", "attributed", "unclear"];

    public static string Sector(string? key) => SectorVocabulary.Find(key) is { } entry
        ? Translator.IsEnglish ? entry.En : entry.Fr
        : Translator.Of("non précisé");

    /// <summary>Who states the claim: the attribution, the subject, or nobody named.</summary>
    public static string Source(string? attribution, string? subject) =>
        attribution ?? subject ?? Translator.Of("non attribué");
}
