using System.Globalization;

namespace AIMediaTracker.Web;

/// <summary>French display of numbers and dates: "204 000", "22 mars 2024".</summary>
public static class Format
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", French);

    public static string Number(double value) => value.ToString("#,0.##", French);
}
