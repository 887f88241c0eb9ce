using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>An organisation or person the article names, where one of its mentions is written.</summary>
internal readonly record struct NamedMention(int Start, int End, string Name, bool IsPerson);

/// <summary>
/// The organisations and people already extracted from the article, by position: figure claims
/// are written under the same canonical names. Only names and mention spans are read, so the
/// organisation and person extractors can change freely behind them.
/// </summary>
internal sealed partial class FigureNames
{
    private readonly NamedMention[] mentions;
    private readonly HashSet<string> people;
    private readonly Dictionary<string, string> kinds;

    // The kinds of body whose numbers about jobs are studies and forecasts, not an employer's decisions.
    private static readonly HashSet<string> ForecasterKinds = new(StringComparer.Ordinal) { "consultancy", "research", "institution", "university", "union" };

    private FigureNames(NamedMention[] mentions, HashSet<string> people, Dictionary<string, string> kinds) =>
        (this.mentions, this.people, this.kinds) = (mentions, people, kinds);

    public static FigureNames From(IReadOnlyList<OrganizationFact> organizations, IReadOnlyList<PersonFact> people)
    {
        var all = new List<NamedMention>();
        foreach (var o in organizations)
            foreach (var m in o.Mentions) all.Add(new NamedMention(m.Start, m.End, o.Name, false));
        foreach (var p in people)
            foreach (var m in p.Mentions) all.Add(new NamedMention(m.Start, m.End, p.Name, true));
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // « BNP Paribas » inside « BNP Paribas Fortis » is the longer name's mention.
        var kept = new List<NamedMention>(all.Count);
        foreach (var m in all)
            if (kept.Count == 0 || m.Start >= kept[^1].End) kept.Add(m);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in organizations) kinds.TryAdd(o.Name, o.Kind);
        return new FigureNames([.. kept], [.. people.Select(p => p.Name)], kinds);
    }

    public bool IsEmpty => mentions.Length == 0;

    /// <summary>Whether <paramref name="offset"/> lies inside a mention of an organisation or person.</summary>
    public bool Contains(int offset)
    {
        var i = LowerBound(offset + 1) - 1;
        return i >= 0 && mentions[i].Start <= offset && offset < mentions[i].End;
    }

    /// <summary>Whether the name is one of the people the article names.</summary>
    public bool IsPerson(string name) => people.Contains(name);

    /// <summary>Whether the name is a consultancy, a research body, an institution, a university or a union.</summary>
    public bool IsForecaster(string name) => kinds.TryGetValue(name, out var kind) && ForecasterKinds.Contains(kind);

    /// <summary>Whether the name is a public institution, a research body or a university: bodies that measure others' jobs.</summary>
    public bool IsStudyBody(string name) => kinds.GetValueOrDefault(name) is "institution" or "research" or "university";

    /// <summary>Whether the name is a company of a known kind that measures no one's jobs but its own (a tech firm, a bank, a studio…).</summary>
    public bool IsFirm(string name) => kinds.GetValueOrDefault(name) is "company" or "tech" or "ai_lab" or "finance" or "studio" or "streamer" or "investor";

    /// <summary>Whether the name is a union or a guild.</summary>
    public bool IsUnion(string name) => kinds.GetValueOrDefault(name) == "union";

    /// <summary>Whether the name is a newspaper, a broadcaster, a news site or a news agency the article names.</summary>
    public bool IsMedia(string name) => OrganizationFact.IsPressKind(kinds.GetValueOrDefault(name));

    /// <summary>The mentions starting in [from, to), in text order.</summary>
    public ReadOnlySpan<NamedMention> In(int from, int to)
    {
        var lo = LowerBound(from);
        var hi = LowerBound(to);
        return mentions.AsSpan(lo, Math.Max(0, hi - lo));
    }

    // « 1 900 postes chez Activision Blizzard », « 35 000 salariés de Capgemini ».
    [GeneratedRegex(@"^[\s]*(?:[\p{L}-]+\s+){0,2}?(?:de|du|d'|chez)\s*(?:la\s+|le\s+|l')?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerGap();

    /// <summary>The organisation a figure's noun phrase belongs to, written right after it.</summary>
    public string? OrganizationAfter(string s, int end, int sentenceEnd)
    {
        foreach (var m in In(end, Math.Min(sentenceEnd, end + 40)))
        {
            if (m.IsPerson) continue;
            return OwnerGap().IsMatch(s.AsSpan(end, m.Start - end)) && !IsPlace(m.Name) ? m.Name : null;
        }
        return null;
    }

    [GeneratedRegex(@"\G\s*(?:(?:le|la|les|l'|du|de\s+la|de\s+l'|des|d'|un|une)\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    // The rest of the cue noun's word, then at most three lower-case complements: « banque| d'affaires américaine ».
    [GeneratedRegex(@"^[\p{L}-]*(?:\s+(?:d'|de\s+|du\s+)?\p{Ll}[\p{Ll}'-]*){0,3}\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribingGap();

    /// <summary>
    /// The organisation that the word at (or ending at) <paramref name="wordAt"/> describes, named right after it
    /// (« la banque d'affaires américaine Goldman Sachs », « estime la banque Norvane Capital »), or null.
    /// </summary>
    public string? DescribedBy(string s, int wordAt, int limit)
    {
        foreach (var m in In(wordAt + 1, Math.Min(limit, wordAt + DescribedReach)))
            return !m.IsPerson && DescribingGap().IsMatch(s.AsSpan(wordAt, m.Start - wordAt)) ? m.Name : null;
        return null;
    }

    private const int DescribedReach = 60;

    /// <summary>
    /// A capitalised name written at <paramref name="at"/> (after an article) that the extractors did
    /// not list (« selon BestBrokers »), under its canonical name when the article or the gazetteer has one.
    /// </summary>
    public string? NameAt(string s, int at, int limit)
    {
        var d = Determiner().Match(s, at, Math.Max(0, limit - at));
        var start = d.Success ? d.Index + d.Length : at;
        // « selon La Lettre », « d'après Les Jours »: a capital on the article, past a cue, makes it part of a title.
        var titled = d.Value.Trim() is "La" or "Le" or "Les" && start < limit && char.IsUpper(s[start]);
        if (titled) start = d.Index + d.Value.Length - d.Value.TrimStart().Length;
        var end = start;
        var i = start;
        while (i < limit && char.IsUpper(s[i]))
        {
            var word = i;
            while (i < limit && (char.IsLetterOrDigit(s[i]) || s[i] is '-' or '&' or '.' && i + 1 < limit && char.IsLetter(s[i + 1]))) i++;
            if (CapitalizedStopwords.Contains(s[word..i]) && !(titled && word == start)) break;
            end = i;
            if (i < limit && s[i] == ' ' && i + 1 < limit && char.IsUpper(s[i + 1])) i++;
            else break;
        }
        return end > start && !OrganizationCues.IsArtificialIntelligence(s[start..end]) && !OrganizationCues.IsDepartment(s[start..end]) ? Canonical(s[start..end]) : null;
    }

    /// <summary>A capitalised name ending at <paramref name="end"/> (the subject right before a verb), or null.</summary>
    public string? NameEndingAt(string s, int end, int limit)
    {
        var i = end;
        while (i > limit && s[i - 1] == ' ') i--;
        var last = i;
        var start = i;
        while (i > limit)
        {
            var wordEnd = i;
            while (i > limit && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '-' or '&')) i--;
            if (i == wordEnd || !char.IsUpper(s[i]) || CapitalizedStopwords.Contains(s[i..wordEnd])) break;
            start = i;
            if (i > limit + 1 && s[i - 1] == ' ' && char.IsLetterOrDigit(s[i - 2])) i--;
            else break;
        }
        return start < last ? Canonical(s[start..last]) : null;
    }

    // Each mentioned name under its typographic key, the first mention's name winning; built on first use.
    private Dictionary<string, string>? namesByKey;

    // The same subjects come back sentence after sentence; their key is costly (Unicode decomposition).
    private readonly Dictionary<string, string?> canonicalOf = new(StringComparer.Ordinal);

    private string? Canonical(string written)
    {
        if (!canonicalOf.TryGetValue(written, out var canonical))
            canonicalOf[written] = canonical = CanonicalOf(written);
        return canonical;
    }

    private string? CanonicalOf(string written)
    {
        var key = FrenchTypography.Key(written);
        if (namesByKey is null)
        {
            namesByKey = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in mentions) namesByKey.TryAdd(FrenchTypography.Key(m.Name), m.Name);
        }
        if (namesByKey.TryGetValue(key, out var named)) return named;
        if (Gazetteer.CanonicalNamesByKey.TryGetValue(key, out var canonical)) return canonical;
        // « a déclaré Goldman » after « Goldman Sachs »: one word opening an organisation's name is its short form.
        foreach (var (otherKey, other) in namesByKey)
            if (OrganizationCues.OpensName(key, otherKey) && !IsPerson(other)) return other;
        return Gazetteer.Places.Contains(written) || written.Length < 2 || NoName().IsMatch(written) ? null : written;
    }

    // A capitalised word no list knows is taken for a name, but not a title (« Son PDG a déclaré ») nor an
    // adverb opening the sentence (« Parallèlement, 18 créations de postes sont envisagées »).
    [GeneratedRegex(@"^(?:" + RoleTitles.Pattern + @"|\p{Lu}\p{Ll}{3,}ment)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoName();

    /// <summary>Whether a name is a place the organisation extractor took for a firm (« groupe de Palo Alto »).</summary>
    public static bool IsPlace(string name) => Gazetteer.Places.Contains(name);

    private int LowerBound(int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
