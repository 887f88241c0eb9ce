using System.Globalization;
using System.Text.Json;

namespace AIMediaTracker.Web.Localization;

/// <summary>
/// The interface's words. French is the source language and the key; English comes from
/// Localization/en.json. A string with no translation stays in French rather than disappearing.
/// </summary>
public sealed class Translator
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(Load);

    public string this[string french] => Of(french);

    /// <summary>For code outside views (labels, formats) that has no Translator injected.</summary>
    public static string Of(string french) =>
        IsEnglish && English.Value.TryGetValue(french, out var english) ? english : french;

    public string Format(string french, params object[] args) => string.Format(Culture, this[french], args);

    /// <summary>
    /// "1 article", "0 article", "5 articles" in French; "1 article", "0 articles" in English. Both forms
    /// are French keys with {0} for the number, e.g. Count(n, "{0} résultat", "{0} résultats").
    /// </summary>
    public string Count(double count, string frenchOne, string frenchMany) => Plural(count, frenchOne, frenchMany);

    /// <summary>For code outside views: <see cref="Count"/>.</summary>
    public static string Plural(double count, string frenchOne, string frenchMany)
    {
        // French takes the singular below 2 (« 0 article », « 1,5 million »); English only for exactly one.
        var one = IsEnglish ? count == 1 : Math.Abs(count) < 2;
        return string.Format(Culture, Of(one ? frenchOne : frenchMany), AIMediaTracker.Web.Format.Number(count));
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static CultureInfo Culture => IsEnglish ? CultureInfo.GetCultureInfo("en-GB") : AIMediaTracker.Web.Format.French;

    public static IReadOnlyDictionary<string, string> Entries => English.Value;

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = typeof(Translator).Assembly.GetManifestResourceStream("AIMediaTracker.Web.Localization.en.json")
            ?? throw new InvalidOperationException("Localization/en.json is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
