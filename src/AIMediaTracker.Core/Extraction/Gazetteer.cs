using System.Text.Json;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The curated lists, read once from the embedded Data/ files: organisations, products and
/// given names. They are data so that coverage grows without touching code.
/// </summary>
public static class Gazetteer
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> OrganizationEntries =
        new(() => LoadJson<GazetteerEntry>("organizations.json"));

    private static readonly Lazy<IReadOnlyList<ProductEntry>> ProductEntries =
        new(() => LoadJson<ProductEntry>("products.json"));

    private static readonly Lazy<PhraseIndex<GazetteerEntry>> OrganizationIndex = new(() => new(
        Organizations.SelectMany(e => e.Aliases.Prepend(e.Name).SelectMany(GazetteerVariants.Of).Select(form => (form, e)))));

    private static readonly Lazy<PhraseIndex<GazetteerEntry>> LooseOrganizationIndex = new(() => new(
        Organizations.SelectMany(e => e.Aliases.Prepend(e.Name).SelectMany(GazetteerVariants.Loose).Select(form => (form, e)))));

    private static readonly Lazy<PhraseIndex<ProductEntry>> ProductIndex = new(() => new(
        Products.SelectMany(e => e.Aliases.Prepend(e.Name).Select(form => (form, e)))));

    private static readonly Lazy<HashSet<string>> Names = new(() => LoadLines("given-names.txt"));

    // French often drops the accent of a capital: « Etienne » is « Étienne », as « Eric » is « Éric ». Kept out of
    // the NER model's features (IsListedGivenName), which its committed weights were trained on.
    private static readonly Lazy<HashSet<string>> LooseNames = new(() =>
        [.. Names.Value, .. Names.Value.Where(n => n[0] is 'É' or 'È').Select(n => "E" + n[1..])]);

    private static readonly Lazy<HashSet<string>> PlaceNames = new(() => LoadLines("places.txt"));

    private static readonly Lazy<HashSet<string>> OrganizationWords = new(() => new(
        Organizations.SelectMany(e => e.Aliases.Prepend(e.Name))
            .Where(form => !form.Contains(' '))
            .Select(Text.FrenchTypography.Fold), StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, string>> CanonicalByKey = new(() =>
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Organizations)
            foreach (var form in entry.Aliases.Prepend(entry.Name))
                keys.TryAdd(Text.FrenchTypography.Key(form), entry.Name);
        return keys;
    });

    public static IReadOnlyList<GazetteerEntry> Organizations => OrganizationEntries.Value;

    /// <summary>Canonical organisation names by the accent- and case-free key of every form.</summary>
    public static IReadOnlyDictionary<string, string> CanonicalNamesByKey => CanonicalByKey.Value;

    public static IReadOnlyList<ProductEntry> Products => ProductEntries.Value;

    private static readonly Lazy<HashSet<string>> ProductNames = new(() => new(
        Products.SelectMany(e => e.Aliases.Prepend(e.Name)), StringComparer.Ordinal));

    /// <summary>Whether a listed product is written so ("ChatGPT", "Sora").</summary>
    public static bool IsProductName(string name) => ProductNames.Value.Contains(name);

    public static PhraseIndex<GazetteerEntry> OrganizationPhrases => OrganizationIndex.Value;

    /// <summary>Listed names in forms the NER model does not read (<see cref="GazetteerVariants.Loose"/>).</summary>
    public static PhraseIndex<GazetteerEntry> LooseOrganizationPhrases => LooseOrganizationIndex.Value;

    public static PhraseIndex<ProductEntry> ProductPhrases => ProductIndex.Value;

    /// <summary>Given names, French and international, exactly as capitalised in running text.</summary>
    public static IReadOnlySet<string> GivenNames => Names.Value;

    /// <summary>One-word organisation names and aliases ("Reuters", "AFP"): never a person's surname.</summary>
    public static IReadOnlySet<string> OneWordOrganizations => OrganizationWords.Value;

    /// <summary>Countries, regions and cities that articles name where an organisation could stand.</summary>
    public static IReadOnlySet<string> Places => PlaceNames.Value;

    public static bool IsPlace(ReadOnlySpan<char> word) => PlaceLookup.Value.Contains(word);

    /// <summary>A given name, or a compound one (« Jean-Baptiste ») whose every part is one, read without making a string of the word.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => IsGivenName(word, LooseNameLookup.Value);

    /// <summary><see cref="IsGivenName(ReadOnlySpan{char})"/> on the list as written, for the NER model's features.</summary>
    public static bool IsListedGivenName(ReadOnlySpan<char> word) => IsGivenName(word, NameLookup.Value);

    private static bool IsGivenName(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        if (names.Contains(word)) return true;
        if (!word.Contains('-')) return false;
        foreach (var range in word.Split('-'))
            if (word[range].Length <= 1 || !names.Contains(word[range])) return false;
        return true;
    }

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> NameLookup =
        new(() => Names.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> LooseNameLookup =
        new(() => LooseNames.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> PlaceLookup =
        new(() => PlaceNames.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool IsGivenName(string word) => IsGivenName(word.AsSpan());

    internal static Stream OpenResource(string fileName)
    {
        var assembly = typeof(Gazetteer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }

    private static IReadOnlyList<T> LoadJson<T>(string fileName)
    {
        using var stream = OpenResource(fileName);
        return JsonSerializer.Deserialize<List<T>>(stream, Json)
            ?? throw new InvalidDataException(fileName + " is empty.");
    }

    private static HashSet<string> LoadLines(string fileName)
    {
        using var reader = new StreamReader(OpenResource(fileName));
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#')) names.Add(name.Normalize(System.Text.NormalizationForm.FormC));
        }
        return names;
    }
}
