using System.Globalization;

namespace AIMediaTracker.Core.French;

/// <summary>
/// Reads French numbers: digit groups ("1 250", "1.500", "1,5"), spelled numbers
/// ("deux cent mille"), scale words ("millions", "Md"), approximate nouns
/// ("une cinquantaine") and fractions ("deux tiers"). Input is folded text, so
/// no-break spaces already are plain spaces.
/// </summary>
public static class FrenchNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zéro"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4,
        ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40,
        ["cinquante"] = 50, ["soixante"] = 60,
    };

    private static readonly Dictionary<string, int> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20,
        ["trentaine"] = 30, ["quarantaine"] = 40, ["cinquantaine"] = 50, ["soixantaine"] = 60,
        ["centaine"] = 100, ["millier"] = 1000,
    };

    /// <summary>
    /// Parses digits as French writes them. A dot followed by exactly three digits
    /// groups thousands ("1.500" = 1500); otherwise a dot or comma is decimal. An apostrophe groups them
    /// as Swiss French writes them ("12'000").
    /// </summary>
    public static bool TryParseDigits(string digits, out decimal value)
    {
        var s = digits.Trim();
        var groups = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length > 1) s = string.Concat(groups);
        if (IsDotGrouped(s)) s = s.Replace(".", "");
        s = s.Replace("'", "").Replace("’", "");
        s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDotGrouped(string s)
    {
        if (!s.Contains('.')) return false;
        // With a decimal comma present, dots can only group thousands ("1.500,5").
        if (s.Contains(',')) return true;
        var parts = s.Split('.');
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    /// <summary>The factor of a scale word or abbreviation, or null ("millions" = 1e6, "Md" = 1e9).</summary>
    public static decimal? Scale(string word)
    {
        var w = word.Trim();
        if (w.Length == 0) return null;
        // Abbreviations are case-sensitive: "M€" is millions, "m" alone is a metre.
        switch (w)
        {
            case "k" or "K": return 1_000m;
            case "M": return 1_000_000m;
            case "Md" or "Mds" or "Mrd" or "Mrds" or "G": return 1_000_000_000m;
        }
        var lower = w.ToLowerInvariant().TrimEnd('s');
        return lower switch
        {
            "mille" or "millier" => 1_000m,
            "million" => 1_000_000m,
            "milliard" => 1_000_000_000m,
            // French "billion" is 10^12 (the English trillion).
            "billion" => 1_000_000_000_000m,
            _ => null,
        };
    }

    /// <summary>Parses a spelled number up to the thousands ("quatre-vingt-dix", "deux cent mille").</summary>
    public static bool TryParseSpelled(string words, out decimal value)
    {
        value = 0;
        long total = 0, current = 0;
        var tokens = words.ToLowerInvariant()
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t != "et");
        var any = false;
        foreach (var token in tokens)
        {
            any = true;
            if (token is "cent" or "cents") current = (current == 0 ? 1 : current) * 100;
            else if (token == "mille") { total += (current == 0 ? 1 : current) * 1000; current = 0; }
            else if (Words.TryGetValue(token, out var n))
            {
                // "quatre-vingt": the 4 multiplies the following 20.
                if (n == 20 && current % 100 == 4) current = current - 4 + 80;
                else current += n;
            }
            else return false;
        }
        value = total + current;
        return any;
    }

    /// <summary>The value of an approximate noun ("cinquantaine" = 50), or null.</summary>
    public static int? Approximation(string noun) =>
        Approximations.TryGetValue(noun.TrimEnd('s'), out var n) ? n : null;

    /// <summary>A fraction as a percentage ("deux tiers" = 66.67, "la moitié" = 50), or null.</summary>
    public static decimal? FractionPercent(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var noun = words[^1].TrimEnd('s');
        decimal? denominator = noun switch
        {
            "moitié" => 2, "tiers" or "tier" => 3, "quart" => 4, "cinquième" => 5,
            "sixième" => 6, "huitième" => 8, "dixième" => 10,
            _ => null,
        };
        if (denominator is null) return null;
        var numerator = 1;
        foreach (var w in words[..^1])
            if (Words.TryGetValue(w, out var n) && n > 1) numerator = n;
        return Math.Round(numerator * 100m / denominator.Value, 2);
    }

    /// <summary>A ratio word or digits as a number ("deux" = 2, "5" = 5), or null.</summary>
    public static int? SmallNumber(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        if (word.Equals("cent", StringComparison.OrdinalIgnoreCase)) return 100;
        return Words.TryGetValue(word, out var w) ? w : null;
    }
}
