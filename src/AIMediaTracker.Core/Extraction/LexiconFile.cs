using System.Collections.Concurrent;
using System.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// A word list kept as data (Data/*.txt) so that a French reader can review it without reading C#:
/// "[section]" lines open a list, every other line is one entry, "#" starts a comment. Each file is
/// read once, on first use; the rules build their patterns and sets from it at start-up.
/// </summary>
internal sealed class LexiconFile
{
    private static readonly ConcurrentDictionary<string, LexiconFile> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<string>> sections;

    private LexiconFile(string name, Dictionary<string, List<string>> sections) => (Name, this.sections) = (name, sections);

    /// <summary>The files written in this format, which one test loads and checks.</summary>
    public static readonly string[] Names =
    [
        "figure-lexicon.txt", "figure-cues.txt", "figure-hedges.txt", "counted-nouns.txt",
        "role-nouns.txt", "nationalities.txt", "regions.txt", "figure-sectors.txt", "person-verbs.txt",
    ];

    public string Name { get; }

    public IEnumerable<string> SectionNames => sections.Keys;

    public static LexiconFile Get(string name) => Loaded.GetOrAdd(name, Load);

    /// <summary>The entries of a section, as written in the file.</summary>
    public IReadOnlyList<string> Entries(string section) =>
        sections.TryGetValue(section, out var entries)
            ? entries
            : throw new InvalidDataException($"{Name} has no [{section}] section.");

    /// <summary>
    /// Entries written "words = value" (« jeux vidéo = jeu vidéo »), split in two; an entry
    /// without " = " has an empty value.
    /// </summary>
    public IEnumerable<(string Words, string Value)> Pairs(string section) =>
        Entries(section).Select(e => e.IndexOf(" = ", StringComparison.Ordinal) is var at and >= 0
            ? (e[..at].TrimEnd(), e[(at + 3)..].Trim())
            : (e, ""));

    private static LexiconFile Load(string name)
    {
        using var reader = new StreamReader(Gazetteer.OpenResource(name));
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim().Normalize(NormalizationForm.FormC);
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                if (!sections.TryAdd(line[1..^1], current)) throw new InvalidDataException($"{name}: [{line[1..^1]}] is opened twice.");
                continue;
            }
            if (current is null) throw new InvalidDataException($"{name}: '{line}' comes before any [section].");
            current.Add(line);
        }
        return new LexiconFile(name, sections);
    }
}
