namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// The ways French pages write a listed multi-word name besides its listed form: French title
/// case ("Le Dauphiné libéré", "Crédit mutuel" for "Crédit Mutuel"), a space for the hyphen
/// ("Nice Matin"), and without its leading article ("Dernières Nouvelles d'Alsace").
/// </summary>
public static class GazetteerVariants
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "Le", "La", "Les", "The" };

    private static readonly System.Buffers.SearchValues<char> UpperCase = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ");

    private static readonly Dictionary<string, string[]> Contractions = new(StringComparer.Ordinal)
    {
        ["Le"] = ["du", "au"],
        ["Les"] = ["des", "aux"],
    };

    /// <summary>
    /// Forms kept apart from <see cref="Of"/>, since the NER model reads the listed names as a feature and
    /// was trained without them: « une information du Monde », « directeur du Point », « aux Echos » (a
    /// two-word name's article joined to « de » or « à »; longer names are found without their article
    /// already), acronyms written as words (« SAG-Aftra ») or as capitals (« EBRA ») and one word cut in two (« Open AI »).
    /// </summary>
    public static IEnumerable<string> Loose(string form)
    {
        var words = form.Split(' ');
        if (words.Length == 2 && Contractions.TryGetValue(words[0], out var contracted))
            foreach (var c in contracted) yield return c + " " + words[1];
        if (AcronymsAsWords(form) is { } worded) yield return worded;
        if (CamelSplit(form) is { } split) yield return split;
        if (InCapitals(form) is { } capitals) yield return capitals;
    }

    /// <summary>« EBRA », « SACEM »: a short name listed as a word (« Ebra », « Sacem »), written in capitals as the acronym it is.</summary>
    private static string? InCapitals(string form) =>
        form.Length is >= 3 and <= 6 && char.IsUpper(form[0]) && form.AsSpan(1).ContainsAnyExceptInRange('a', 'z') is false
            ? form.ToUpperInvariant() : null;

    /// <summary>« Open AI », « Deep Mind », « Harper Collins »: one word with a capital inside, written as two.</summary>
    private static string? CamelSplit(string form)
    {
        if (form.Contains(' ') || form.Length < 4 || !char.IsUpper(form[0])) return null;
        for (var i = 2; i < form.Length - 1; i++)
            if (char.IsLower(form[i - 1]) && char.IsUpper(form[i]))
                return form[..i] + " " + form[i..];
        return null;
    }

    /// <summary>The mention without the contracted article a loose form may start with (« du » of « du Monde »).</summary>
    public static Model.Span WithoutContraction(string text, Model.Span span)
    {
        var space = text.IndexOf(' ', span.Start, span.Length);
        return space > span.Start && Contractions.Values.Any(c => c.Contains(text[span.Start..space], StringComparer.Ordinal))
            ? new Model.Span(space + 1, span.End)
            : span;
    }

    /// <summary>A mention as written, with the article a contraction before it holds (« du Monde » → « Le Monde »).</summary>
    public static string WithArticle(string text, Model.Span span)
    {
        var written = text[span.Start..span.End];
        if (span.Start < 3 || text[span.Start - 1] != ' ') return written;
        var wordStart = text.LastIndexOf(' ', span.Start - 2) + 1;
        var before = text[wordStart..(span.Start - 1)];
        foreach (var (article, contracted) in Contractions)
            if (contracted.Contains(before, StringComparer.Ordinal)) return article + " " + written;
        return written;
    }

    public static IEnumerable<string> Of(string form)
    {
        yield return form;
        foreach (var spaced in WithSpaces(form)) yield return spaced;
        var words = form.Split(' ');
        if (words.Length < 2) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal) { form };
        var withoutArticle = Articles.Contains(words[0]) && words.Length >= 3 ? string.Join(' ', words[1..]) : null;
        foreach (var variant in new[] { TitleCase(words), withoutArticle, withoutArticle is null ? null : TitleCase(words[1..]), EnglishCase(words), withoutArticle is null ? null : EnglishCase(words[1..]) })
            if (variant is not null && seen.Add(variant)) yield return variant;
        // "l'Est républicain" inside a sentence; only for names of two words or more, since
        // "l'Équipe" or "l'Humanité" alone are common nouns there.
        if (form.StartsWith("L'", StringComparison.Ordinal))
            foreach (var variant in seen.Where(v => v.StartsWith("L'", StringComparison.Ordinal)).ToList())
                yield return "l" + variant[1..];
    }

    /// <summary>
    /// French capitalises the article and the first noun of a title, not the words after it: the
    /// words after the head are lowercased, except places, acronyms and words after an elision.
    /// </summary>
    private static string? TitleCase(string[] words)
    {
        var head = Articles.Contains(words[0]) || words[0].EndsWith('\'') ? 2 : 1;
        if (words.Length <= head) return null;
        var result = words.ToArray();
        for (var i = head; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length < 2 || !char.IsUpper(w[0]) || w.Skip(1).Any(char.IsUpper) || Gazetteer.Places.Contains(w)) continue;
            result[i] = char.ToLowerInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', result);
    }

    /// <summary>The words a name keeps in lower case when every other word of it is capitalised (« Cour des Comptes »).</summary>
    internal static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "la", "le", "les", "et", "en", "au", "aux", "pour", "sur", "à", "d'", "l'",
    };

    /// <summary>
    /// The reverse of <see cref="TitleCase"/>: pages also capitalise every word of a name listed in French case
    /// (« Force Ouvrière » for « Force ouvrière », « le Canard Enchaîné »), small words aside.
    /// </summary>
    private static string? EnglishCase(string[] words)
    {
        var result = words.ToArray();
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 3 && char.IsLower(w[0]) && w[1] != '\'' && !SmallWords.Contains(w)) result[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }
        var cased = string.Join(' ', result);
        return cased == string.Join(' ', words) ? null : cased;
    }

    /// <summary>
    /// French writes an acronym said as a word with one capital (« SAG-Aftra », « la Sacem »): the form with
    /// each part of four capitals or more so written, or null when the name has no such part.
    /// </summary>
    private static string? AcronymsAsWords(string form)
    {
        var changed = false;
        var chars = form.ToCharArray();
        for (var i = 0; i < chars.Length;)
        {
            var end = i;
            while (end < chars.Length && char.IsLetter(chars[end])) end++;
            if (end - i >= 4 && !form.AsSpan(i, end - i).ContainsAnyExcept(UpperCase))
            {
                for (var k = i + 1; k < end; k++) chars[k] = char.ToLowerInvariant(chars[k]);
                changed = true;
            }
            i = end == i ? i + 1 : end;
        }
        return changed ? new string(chars) : null;
    }

    /// <summary>"Nice-Matin" is also written "Nice Matin".</summary>
    private static IEnumerable<string> WithSpaces(string form)
    {
        if (!form.Contains('-') || form.Contains(' ')) yield break;
        var parts = form.Split('-');
        if (parts.All(p => p.Length > 1 && char.IsUpper(p[0]))) yield return string.Join(' ', parts);
    }
}
