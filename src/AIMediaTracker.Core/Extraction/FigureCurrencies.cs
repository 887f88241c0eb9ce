namespace AIMediaTracker.Core.Extraction;

/// <summary>Maps currency words, symbols and codes to ISO codes.</summary>
internal static class FigureCurrencies
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["eur"] = "EUR",
        ["$"] = "USD", ["us$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["usd"] = "USD",
        ["£"] = "GBP", ["livre sterling"] = "GBP", ["livres sterling"] = "GBP", ["gbp"] = "GBP",
        ["franc suisse"] = "CHF", ["francs suisses"] = "CHF", ["chf"] = "CHF",
        ["¥"] = "JPY", ["yen"] = "JPY", ["yens"] = "JPY", ["jpy"] = "JPY",
        ["yuan"] = "CNY", ["yuans"] = "CNY", ["cny"] = "CNY",
        ["roupie"] = "INR", ["roupies"] = "INR", ["inr"] = "INR",
        ["cad"] = "CAD", ["aud"] = "AUD",
    };

    /// <summary>
    /// The ISO code of a currency as written. "livres" alone is only money after a scale
    /// word ("3 millions de livres"); otherwise it counts books.
    /// </summary>
    public static string? Code(string currency, string? qualifier, bool afterScale)
    {
        var key = string.Join(' ', currency.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (key is "livre" or "livres") return afterScale ? "GBP" : null;
        if (!Codes.TryGetValue(key, out var code)) return null;
        if (code == "USD" && qualifier is not null)
        {
            var q = qualifier.ToLowerInvariant();
            if (q.StartsWith("canadien")) return "CAD";
            if (q.StartsWith("australien")) return "AUD";
            if (q.StartsWith("de hong") || q.StartsWith("hongkong")) return "HKD";
            if (q.StartsWith("singapour") || q == "de singapour") return "SGD";
            if (q.StartsWith("néo-zélandais")) return "NZD";
        }
        return code;
    }

    /// <summary>The currency symbol written just before a number ("$800"), or null.</summary>
    public static string? LeadingSymbol(string text, int numberStart, out int symbolStart)
    {
        symbolStart = numberStart;
        var i = numberStart - 1;
        if (i >= 0 && text[i] == ' ') i--;
        if (i < 0) return null;
        var code = text[i] switch { '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", _ => (string?)null };
        if (code is null) return null;
        symbolStart = i;
        if (code == "USD" && i >= 2 && text[i - 2] == 'U' && text[i - 1] == 'S') symbolStart = i - 2;
        return code;
    }
}
