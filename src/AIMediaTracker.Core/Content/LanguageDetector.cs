using System.Text;
using AIMediaTracker.Core.Extraction;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// The language of an article from its most frequent words (Data/language-words.txt): every word of
/// the text that a language lists counts one for it. Deterministic, no model to download, and sure
/// enough on a news article, whose first few hundred words hold dozens of these words.
/// </summary>
public static class LanguageDetector
{
    public const string French = "fr";

    /// <summary>Fewer hits than this and the text is too short to tell.</summary>
    private const int MinHits = 5;

    /// <summary>Words read: enough for a clear majority, bounded on long texts.</summary>
    private const int MaxWords = 2_000;

    private static readonly Lazy<(string Code, HashSet<string> Words)[]> Languages = new(Load);

    public static IReadOnlyList<string> Codes => Languages.Value.Select(l => l.Code).ToList();

    /// <summary>The ISO 639-1 code of the language with most hits, or null when the text is too short or too mixed to tell.</summary>
    public static string? Detect(string text)
    {
        var languages = Languages.Value;
        var hits = new int[languages.Length];
        var words = 0;
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetter(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length == 0) continue;
            var w = word.ToString();
            word.Clear();
            for (var i = 0; i < languages.Length; i++)
                if (languages[i].Words.Contains(w)) hits[i]++;
            if (++words >= MaxWords) break;
        }
        var best = Array.IndexOf(hits, hits.Max());
        var second = hits.Where((_, i) => i != best).DefaultIfEmpty(0).Max();
        // Shared words ("la", "de", "a") give the runner-up some hits: ask for a clear lead.
        return hits[best] >= MinHits && hits[best] >= second * 1.25 ? languages[best].Code : null;
    }

    /// <summary>True unless the text is confidently in another language than French.</summary>
    public static bool IsFrench(string? language) => language is null || language == French;

    private static (string, HashSet<string>)[] Load()
    {
        using var reader = new StreamReader(Gazetteer.OpenResource("language-words.txt"));
        var languages = new List<(string, HashSet<string>)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.IndexOf(':') is not (> 0 and var colon)) continue;
            var words = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            languages.Add((line[..colon].Trim(), words));
        }
        return [.. languages];
    }
}
