using System.Text.RegularExpressions;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Core.French;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// What the words around a name say about it: a title before it, a role before or after it,
/// an attribution verb, a social-media handle. Any of these makes an unknown name a person.
/// </summary>
public static partial class PersonContext
{
    // The verbs of Data/person-verbs.txt, case as written, accents optional.
    private static readonly string Verbs = VerbsOf("past-participles");
    private static readonly string PresentVerbs = VerbsOf("present");

    private static string VerbsOf(string section) => "(?:" + string.Join('|', LexiconFile.Get("person-verbs.txt").Entries(section)
        .Select(v => LexiconNotation.AccentTolerant(LexiconNotation.ToPattern(v, "[ ]")))) + ")";

    [GeneratedRegex(@"(?:^|[\s(""])(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Monsieur|Madame|Ma[îi]tre)\.?[ ]$", RegexOptions.CultureInvariant)]
    public static partial Regex TitleBefore();

    // The titles of Data/role-nouns.txt (RoleTitles: a constant, so the patterns stay source-generated).
    [GeneratedRegex(@"^,[ ](?:\d{1,3}[ ]ans,[ ])?(?:l'|le[ ]|la[ ]|un[ ]|une[ ])?(?<role>(?:(?:ancien|ancienne|ex|futur|future|nouveau|nouvelle|actuel|actuelle)[ -])?" + RoleTitles.Pattern + @"\b[^,.;:!?""()\n]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RoleAfter();

    [GeneratedRegex(@"^,[ ]\d{1,3}[ ]ans\b", RegexOptions.CultureInvariant)]
    public static partial Regex AgeAfter();

    /// <summary>Whether the word is a title of Data/role-nouns.txt, in any case (« DG », « PDG », « directrice »).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleWord().IsMatch(word);

    /// <summary>Whether words open on a title (« CEO de The Atlantic », « Patron et cofondateur de Dropbox »), quotation marks and dashes aside.</summary>
    public static bool OpensWithTitle(ReadOnlySpan<char> words)
    {
        words = words.TrimStart(" «\"-");
        var end = words.IndexOfAny(' ', '\'');
        return IsTitle(end < 0 ? words : words[..end]);
    }

    [GeneratedRegex("^" + RoleTitles.Pattern + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    private static readonly Regex AttributionAfterRegex = new(
        @"^[ ](?:(?:a|avait|aurait|ont)[ ](?:aussi[ ]|également[ ]|d[ée]j[àa][ ]|notamment[ ])?" + Verbs + "|s'est[ ]dite?|s'[ée]tait[ ]dite?|" + PresentVerbs + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AttributionBeforeRegex = new(
        @"(?:\b(?:[Ss]elon|[Dd]'apr[èe]s|[Pp]our|" + PresentVerbs + @")|[Ss]ign[ée]e?[ ]par|[Ii]nterrog[ée]e?[ ]par[ ][\p{L} ]{1,30},?)[ ]$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A verb right after a name: "Marion Lefèvre a expliqué", "Jean Dupont estime".</summary>
    public static Regex AttributionAfter() => AttributionAfterRegex;

    /// <summary>A source cue or verb right before a name: "selon Jean Dupont", "estime Marion Lefèvre".</summary>
    public static Regex AttributionBefore() => AttributionBeforeRegex;

    [GeneratedRegex(@"^[ ]?\((?<handle>@\w{1,30})\)", RegexOptions.CultureInvariant)]
    public static partial Regex HandleAfter();

    // The closest determiner + role before the name ("la directrice technique Mira Murati",
    // "Son cofondateur et directeur général, Luis von Ahn"), read from the right.
    private const string Determiner =
        "(?:le|la|l'|son|sa|leur|notre|du|de[ ]la|au|à[ ]la|un|une|par[ ]le|par[ ]la|Le|La|L'|Son|Sa|Leur|Un|Une)[ ]?";

    // A title and the words of its role up to the name, lazily: « directeur général de Goldmedia ».
    private const string RoleUpToName = RoleTitles.Pattern + @"\b[^,.;:!?""()\n]{0,60}?";

    private static readonly Regex RoleBeforeRegex = new(
        @"(?:^|[\s,(""])" + Determiner + "(?<role>" + RoleUpToName + "),?[ ]$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\G[\s«""-]*(?<role>" + RoleUpToName + "),[ ]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpeningRole();

    // Every match of RoleBeforeRegex holds this; most windows hold none, and finding that out
    // from the left, from the determiners' letters, costs a fraction of the right-to-left search.
    [GeneratedRegex(Determiner + RoleTitles.Pattern + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerThenRoleWord();

    // A role ends where the sentence moves on to a place, a relative clause, a date or its verb
    // (« porte-parole d'Attac était l'invitée de France Info »).
    [GeneratedRegex(@"[ ](?:dans[ ]une?|install[ée]e?s?|bas[ée]e?s?|qui|depuis|lors|en[ ]\d|à[ ]\p{Lu}|au[ ]sein|et[ ]\p{Lu}|et[ ](?:son|sa|ses|leur)[ ]|le[ ]\d|(?:est|était|sera|serait|a|avait|aura|sont|étaient|ont)[ ]).*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleTail();

    [GeneratedRegex(@"(?:^|[ ])(?:de|du|des|d'|l'|et|ou|à|au|aux|chez|pour|par|avec|sur)[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithLinkWord();

    // "Par Hélène Castagnet · 23/05/2024": the byline's author is not a person of the story.
    [GeneratedRegex(@"^[ ]*(?:[·|•]|\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BylineAfter();

    public static bool IsByline(ReadOnlySpan<char> sentenceBefore, ReadOnlySpan<char> after)
    {
        var lead = sentenceBefore.Trim();
        if (lead is "Par" or "par" or "By" or "Texte") return true;
        return lead.Length == 0 && BylineAfter().IsMatch(after) && after.TrimStart(' ') is ['·' or '|' or '•', ..];
    }

    /// <summary>The role written just before a name, read in <paramref name="text"/> from <paramref name="start"/> to the name at <paramref name="end"/>.</summary>
    public static string? RoleBefore(ArticleText article, int start, int end)
    {
        var text = article.Matchable;
        // « Patron et cofondateur de Dropbox, Drew Houston a annoncé »: a role without its article, fronted at the sentence's start.
        if (end - start <= 90 && article.HasAnchor(AnchorWords.Titles, start, end) && OpeningRole().Match(text, start, end - start) is { Success: true } opening
            && !EndsWithLinkWord().IsMatch(opening.Groups["role"].ValueSpan))
            return CleanRole(opening.Groups["role"].Value);
        var from = Math.Max(start, end - 90);
        // The pattern ends on a space at the end of the text (or before a final line feed).
        if (end == from || text[end - 1] != ' ' && !(text[end - 1] == '\n' && end - from >= 2 && text[end - 2] == ' ')) return null;
        if (!article.HasAnchor(AnchorWords.Titles, from, end) || !DeterminerThenRoleWord().IsMatch(text.AsSpan(from, end - from))) return null;
        var m = RoleBeforeRegex.Match(text, from, end - from);
        // « le directeur de cabinet de Richard Ferrand », « le chef d'Etat et Brigitte Macron »: the
        // name completes the role or joins it; the role is someone else's.
        return m.Success && !EndsWithLinkWord().IsMatch(m.Groups["role"].ValueSpan) ? CleanRole(m.Groups["role"].Value) : null;
    }

    /// <summary>The role in apposition after a name, read in <paramref name="article"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string? RoleAfterName(ArticleText article, int start, int end)
    {
        // Every role holds a title, and most windows after a name hold none.
        if (!article.HasAnchor(AnchorWords.Titles, start, end)) return null;
        var text = article.Matchable;
        var m = RoleAfter().Match(text, start, end - start);
        if (!m.Success) return null;
        // "Au Festival de Cannes, le réalisateur Michel Hazanavicius": a role followed straight by a
        // name introduces that next person; it is no apposition to the words before the comma.
        return RoleThenName().IsMatch(m.Groups["role"].ValueSpan) ? null : CleanRole(m.Groups["role"].Value);
    }

    [GeneratedRegex(@"^(?:(?!(?:de|du|des|chez|à|au|aux|dans|pour|sur|en|of|at|et)[ ]|d'|l')[\p{Ll}-]+[ ])+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenName();

    // « journaliste en Estrie et président du syndicat affirme que… »: without a comma, the role ends at the person's verb.
    private static readonly Regex RoleVerbTail = new(@"[ ](?:" + PresentVerbs + @"|que|qu')(?![\p{L}]).*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string? CleanRole(string role)
    {
        var cleaned = RoleVerbTail.Replace(RoleTail().Replace(role, ""), "").Trim().TrimEnd(',', ' ');
        return cleaned.Length == 0 ? null : cleaned;
    }
}
