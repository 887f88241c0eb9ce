using System.Text.Json;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Claims;

/// <summary>One sector of the fixed list shown and filtered on screen, with the phrases that name it.</summary>
public sealed record SectorEntry(string Key, string Fr, string En, IReadOnlyList<string> Phrases);

/// <summary>
/// The sectors the tracker shows (Data/sectors.json, reviewed as data): the extractor's raw sector
/// phrase ("secteur du doublage", "journalisme") maps onto one key; anything else, and « IA », which
/// is the subject of every article and not a sector, is <see cref="Unspecified"/>.
/// </summary>
public static class SectorVocabulary
{
    public const string Unspecified = "unspecified";

    private static readonly Lazy<IReadOnlyList<SectorEntry>> Loaded = new(Load);

    // Folded once: Map runs for every figure the claim ledger groups.
    private static readonly Lazy<(string Key, string Phrase)[]> Phrases = new(() =>
        Loaded.Value.SelectMany(e => e.Phrases.Select(p => (e.Key, FrenchTypography.Key(p)))).ToArray());

    public static IReadOnlyList<SectorEntry> Entries => Loaded.Value;

    /// <summary>A SHA-256 of sectors.json: claims are keyed by sector, so another list means another ledger.</summary>
    public static string Fingerprint => LoadedFingerprint.Value;

    private static readonly Lazy<string> LoadedFingerprint = new(() =>
    {
        using var stream = Gazetteer.OpenResource("sectors.json");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..16];
    });

    /// <summary>
    /// The vocabulary key of a raw sector phrase: the phrase found earliest in it (its head noun comes
    /// first in French: « technologies de l'information » is technology), the longest at one place.
    /// </summary>
    public static string Map(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return Unspecified;
        var text = FrenchTypography.Key(raw.Trim());
        (int At, int Length, string Key) best = (int.MaxValue, 0, Unspecified);
        foreach (var (key, phrase) in Phrases.Value)
        {
            var at = WordStart(text, phrase);
            if (at >= 0 && (at < best.At || (at == best.At && phrase.Length > best.Length))) best = (at, phrase.Length, key);
        }
        return best.Key;
    }

    public static SectorEntry? Find(string? key) => Entries.FirstOrDefault(e => e.Key == key);

    private static int WordStart(string text, string phrase)
    {
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetter(text[i - 1])) return i;
        return -1;
    }

    private static IReadOnlyList<SectorEntry> Load()
    {
        using var stream = Gazetteer.OpenResource("sectors.json");
        return JsonSerializer.Deserialize<List<SectorEntry>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("sectors.json is empty.");
    }
}
