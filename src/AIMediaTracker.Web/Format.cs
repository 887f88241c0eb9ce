using System.Globalization;
using AIMediaTracker.Web.Localization;

namespace AIMediaTracker.Web;

/// <summary>Numbers and dates in the reader's language: "204 000", "22 mars 2024" in French.</summary>
public static class Format
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Translator.Culture);

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Translator.Culture);

    /// <summary>A chart's week, by its Monday: « 4 mars 2024 », « 4 Mar 2024 ».</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Translator.Culture);

    /// <summary>A chart's month: « janv. 2024 », « Jan 2024 ».</summary>
    public static string ShortMonth(DateOnly date) => date.ToString("MMM yyyy", Translator.Culture);

    public static string Number(double value) => value.ToString("#,0.##", Translator.Culture);
}
