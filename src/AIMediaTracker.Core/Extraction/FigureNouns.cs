using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// What a counted noun says about a figure: its unit (empty when the noun only takes
/// shares), sometimes its kind, whether it names a nationality, and whether a
/// percentage of it is a share of jobs.
/// </summary>
internal sealed record CountedNoun(string Unit, FigureKind? Kind, bool IsDemonym, bool SharesJobs);

/// <summary>
/// The nouns after a number that make it an impact figure (Data/counted-nouns.txt, with the
/// counted trades of Data/role-nouns.txt and the nationalities of Data/nationalities.txt). A number counting anything
/// else (users, pages, countries, employers) is not one, which is what keeps noise out.
/// </summary>
internal static class FigureNouns
{
    private static readonly Dictionary<string, CountedNoun> Nouns = Build();

    private static LexiconFile File => LexiconFile.Get("counted-nouns.txt");

    // Words that may stand between the number and its noun ("170 millions de nouveaux emplois").
    private static readonly HashSet<string> Adjectives = new(File.Entries("adjectives"), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, CountedNoun>.AlternateLookup<ReadOnlySpan<char>> NounLookup =
        Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup =
        Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CountedNoun? Find(ReadOnlySpan<char> word)
    {
        var trimmed = word.Trim("-'");
        Span<char> w = trimmed.Length <= 64 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        InvariantCase.ToLower(trimmed, w);
        if (NounLookup.TryGetValue(w, out var noun)) return noun;
        return w.Length > 3 && (w[^1] == 's' || w[^1] == 'x') && NounLookup.TryGetValue(w[..^1], out noun) ? noun : null;
    }

    public static bool IsAdjective(ReadOnlySpan<char> word) => AdjectiveLookup.Contains(word);

    private static readonly HashSet<string> Auxiliaries = new(File.Entries("auxiliaries"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup =
        Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An auxiliary right after a bare number: what it counts was just named ("135 seront créés").</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => AuxiliaryLookup.Contains(word);

    private static readonly HashSet<string> Employed = new(File.Entries("employed"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmployedLookup = Employed.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word after people that says they work for someone (« personnes employées », « salariées »).</summary>
    public static bool IsEmployed(ReadOnlySpan<char> word) => EmployedLookup.Contains(word);

    /// <summary>"nouveaux emplois", "nouvelles recrues": what is counted is being created.</summary>
    public static bool IsNew(ReadOnlySpan<char> word) => word.StartsWith("nouve", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, CountedNoun> Build()
    {
        var nouns = new Dictionary<string, CountedNoun>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, string unit, FigureKind? kind, bool demonym, bool shares)
        {
            foreach (var w in words) nouns[w] = new CountedNoun(unit, kind, demonym, shares);
        }

        Add(File.Entries("jobs"), "jobs", null, false, true);
        Add(File.Entries("shares-only"), "", null, false, true);
        Add(File.Entries("jobs-lost"), "jobs", FigureKind.JobsLost, false, false);
        Add(File.Entries("people-lost"), "people", FigureKind.JobsLost, false, false);
        Add(File.Entries("jobs-created"), "jobs", FigureKind.JobsCreated, false, false);
        Add(RoleNouns.Counted, "people", null, false, true);
        Add(File.Entries("people"), "people", null, false, false);
        Add(Nationalities.Forms, "people", null, true, false);
        return nouns;
    }
}
