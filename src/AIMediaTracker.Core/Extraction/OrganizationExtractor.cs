using System.Text.RegularExpressions;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Finds organisations: gazetteer names and aliases first (elided, glued or not), then names
/// that no list knows, recognised from French cues and followed through the whole article.
/// </summary>
public static partial class OrganizationExtractor
{
    /// <summary>The kind of an organisation no list or cue says more of.</summary>
    internal const string UnknownKind = "unknown";

    public static IReadOnlyList<OrganizationFact> Extract(ArticleText text)
    {
        var matchable = text.Matchable;
        var tokens = text.Words;
        var byName = new Dictionary<string, (string Kind, List<Span> Spans)>(StringComparer.Ordinal);
        var taken = new List<Span>();
        var credits = PhotoCredits.Find(matchable);
        var listed = WithLoose(text);
        var onlyInsideLongerNames = OnlyInsideLongerNames(matchable, listed);
        // « le Conseil européen des associations de traducteurs littéraires (CEATL) »: a listed name inside a longer one
        // its acronym spells is that longer body's.
        var defined = OrganizationCues.DefinedAcronyms(matchable);
        foreach (var (listedSpan, entry) in UnionsWithConfederation(matchable, listed))
        {
            if (OrganizationCues.IsFamilyName(matchable, listedSpan) || EndsLongerName(matchable, listedSpan, entry) || IsDuration(matchable, listedSpan)
                || IsInstrumentCode(matchable, listedSpan)) continue;
            // (A maker named at the start of an event's or a product's name stays out, with the whole: « Sony World Photography Awards (SWPA) ».)
            if (!onlyInsideLongerNames.Contains(entry.Name) && defined.Any(d => d.Start <= listedSpan.Start && listedSpan.End <= d.End && d.Length > listedSpan.Length)) continue;
            var span = entry.Kind == "union" ? UnionBranch(matchable, listedSpan, listed) : listedSpan;
            taken.Add(span);
            if (span == listedSpan && onlyInsideLongerNames.Contains(entry.Name)) continue;
            if (SpanLists.AnyOverlaps(credits, span)) continue;
            Add(byName, span == listedSpan ? entry.Name : text.Original[span.Start..span.End], entry.Kind, span);
        }
        AddDiscovered(text, tokens, byName, taken, credits);
        foreach (var (name, (kind, spans)) in byName.ToList())
            if (kind == UnknownKind && DiscoveredKinds.Of(matchable, spans) is { } cued) byName[name] = (cued, spans);
        // « la procédure de plan social et économique (PSE) … un PSE brutal »: a common noun's acronym names no body.
        foreach (var acronym in OrganizationCues.CommonNounAcronyms(matchable))
            if (byName.TryGetValue(acronym, out var named) && named.Kind == UnknownKind) byName.Remove(acronym);
        MergeHeads(byName);
        MergeAcronyms(text.Matchable, byName);
        MergeSpelledOut(text.Matchable, byName);
        MergeInitials(text.Original, byName);
        return byName
            .Select(kv => new OrganizationFact(NameAsWritten(text, kv.Key, kv.Value.Spans), kv.Value.Kind,
                kv.Value.Spans.OrderBy(s => s.Start).ToList()))
            .OrderBy(o => o.Mentions[0].Start)
            .ToList();
    }

    // The listed names, also in the loose forms the NER model does not read (« du Monde », « SAG-Aftra »).
    private static IReadOnlyList<(Span Span, GazetteerEntry Entry)> WithLoose(ArticleText text)
    {
        var listed = text.ListedOrganizations;
        var loose = Gazetteer.LooseOrganizationPhrases.FindAll(text.Matchable, text.Words)
            .Select(m => (Span: GazetteerVariants.WithoutContraction(text.Matchable, m.Span), Entry: m.Value))
            .Where(m => !listed.Any(l => l.Span.Overlaps(m.Span) && l.Span.Length >= m.Span.Length))
            .ToList();
        // The longer form wins: « SAG-Aftra » over the listed « SAG » inside it.
        return loose.Count == 0 ? listed
            : [.. listed.Where(l => !loose.Any(m => m.Span.Overlaps(l.Span))).Concat(loose).OrderBy(m => m.Span.Start)];
    }

    private static void AddDiscovered(ArticleText text, IReadOnlyList<WordToken> tokens,
        Dictionary<string, (string Kind, List<Span> Spans)> byName, List<Span> taken, List<Span> credits)
    {
        // Cues first: where a cue and the tagger disagree on a name's extent, the cue knows better,
        // unless the tagger goes on with its complement (« Académie de musique de Bâle »).
        var tagged = TaggedOrganizations.Find(text).ToList();
        var dedications = Dedications.Find(text);
        var cued = OrganizationCues.Find(text.Matchable, text.AnchorHits);
        var candidates = cued
            .Select(c => (Span: LongerByComplement(text.Matchable, c.Span, tagged), c.ShortForm))
            .OrderByDescending(c => c.Span.Length)
            // « l'aéroport Charles-de-Gaulle »: the tagger takes a dedicated name for a body; a cue never does.
            .Concat(tagged.Where(span => !SpanLists.AnyContains(dedications, span)).Select(span => (Span: span, ShortForm: (string?)null)))
            .Select(c => (Span: WithoutInstrumentCode(text.Matchable, c.Span), c.ShortForm))
            // « producteur de « Hunger Games » », « la série The Mandalorian »: a work's title is no body.
            .Where(c => !OverlapsListed(text.Matchable, taken, c.Span) && !IsNoDiscoveredName(text.Matchable, c.Span) && !SpanLists.AnyContains(text.WorkTitles, c.Span))
            .ToList();
        // « du Règlement » names no body, unless a longer name it opens stands in the article (« la Commission » after « la
        // Commission européenne »: its short form, which the heads' merge folds in).
        var longer = candidates.Select(c => text.Matchable[c.Span.Start..c.Span.End]).Concat(taken.Select(t => text.Matchable[t.Start..t.End])).ToList();
        bool IsCommonNounAlone(Span span) =>
            OrganizationCues.IsCommonNounAlone(text.Matchable, span) && !longer.Exists(name => OrganizationCues.OpensName(OrganizationCues.WithoutElision(text.Matchable[span.Start..span.End]), name));
        candidates.RemoveAll(c => IsCommonNounAlone(c.Span));

        var canonicalByKey = Gazetteer.CanonicalNamesByKey;
        var accepted = new List<(Span Span, string Surface)>();
        var shortForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (span, shortForm) in candidates)
        {
            var surface = text.Original[span.Start..span.End];
            if (shortForm is not null) shortForms.TryAdd(shortForm, surface);
            if (accepted.Any(a => a.Span.Overlaps(span))) continue;
            accepted.Add((span, surface));
        }
        // Peers of listed names only: a cue or the tagger is too unsure a seed ("Parole et Musique").
        foreach (var peer in OrganizationPeers.Find(text.Matchable, taken))
            if (!SpanLists.AnyOverlaps(credits, peer) && !accepted.Any(a => a.Span.Overlaps(peer)) && !IsCommonNounAlone(peer))
                accepted.Add((peer, text.Original[peer.Start..peer.End]));
        var forms = new List<(string Surface, string Canonical)>();
        // « la Banque mondiale (BM) … selon la BM »: the acronym a listed name is given in brackets is its short form too.
        foreach (var (span, shortForm) in cued)
            if (shortForm is not null && byName.FirstOrDefault(kv => kv.Value.Spans.Contains(span)).Key is { } listed)
                forms.Add((shortForm, listed));
        if (accepted.Count == 0 && forms.Count == 0) return;
        foreach (var (surface, canonical) in shortForms)
            forms.Add((surface, canonicalByKey.GetValueOrDefault(FrenchTypography.Key(canonical), canonical)));
        foreach (var (_, surface) in accepted)
        {
            // "Chez Norvane" after "Norvane Group": the short form names the same body.
            var canonical = shortForms.GetValueOrDefault(surface, surface);
            forms.Add((surface, canonicalByKey.GetValueOrDefault(FrenchTypography.Key(canonical), canonical)));
        }

        // Every later (or earlier) use of a discovered name is a mention, wherever the cue was.
        var index = new PhraseIndex<string>(forms);
        foreach (var (span, canonical) in index.FindAll(text.Matchable, tokens))
        {
            if (OverlapsListed(text.Matchable, taken, span) || SpanLists.AnyOverlaps(credits, span)) continue;
            var kind = byName.TryGetValue(canonical, out var known) ? known.Kind : UnknownKind;
            Add(byName, canonical, kind, span);
        }
    }

    // « le Syndicat des journalistes de Radio-Canada »: a listed name in a longer name's complement leaves the longer
    // name its own body (both are mentioned); any other overlap with a listed name leaves the listed name alone.
    private static bool OverlapsListed(string text, List<Span> taken, Span span) =>
        taken.Any(t => t.Overlaps(span) && !(span.Start < t.Start && t.End <= span.End && IsAfterComplementWord(text, t.Start)));

    private static bool IsAfterComplementWord(string text, int start) =>
        text.AsSpan(0, start) is var before && (before.EndsWith(" de ") || before.EndsWith(" du ") || before.EndsWith(" des ") || before.EndsWith(" d'"));

    // The tagged name that starts where the cue's does and goes on with « de », « des », « du » or
    // « d' » and a capitalised word: « Centre laïque » + « des Auberges de Jeunesse ».
    private static Span LongerByComplement(string text, Span cue, List<Span> tagged)
    {
        foreach (var t in tagged)
        {
            if (t.Start != cue.Start || t.End <= cue.End + 4) continue;
            var rest = text.AsSpan(cue.End, t.End - cue.End);
            if ((rest.StartsWith(" de ") || rest.StartsWith(" des ") || rest.StartsWith(" du ") || rest.StartsWith(" d'"))
                && char.IsUpper(text[text.LastIndexOfAny([' ', '\''], t.End - 1) + 1])) return t;
        }
        return cue;
    }

    // « le marché de la EdTech »: a cue noun written with capitals is still the common noun, and « le Managing Director » a job; « un
    // illustrateur (alias Droled Art) »: a pseudonym is the person's other name; « En 2023, le groupe… »
    // with « En » trimmed leaves a year: a name has a letter.
    private static bool IsNoDiscoveredName(string text, Span span) =>
        OrganizationCues.IsCueNoun(text.AsSpan(span.Start, span.Length)) || OrganizationCues.IsArtificialIntelligence(text[span.Start..span.End])
        || OrganizationCues.IsDepartment(text[span.Start..span.End]) || OrganizationCues.IsJobTitle(text[span.Start..span.End])
        || !HasLetter(text.AsSpan(span.Start, span.Length))
        || text.AsSpan(0, span.Start).EndsWith("alias ", StringComparison.OrdinalIgnoreCase)
        || IsInstrumentCode(text, span) || IsInCompoundPlace(text, span);

    // « Hauts-de-Seine », « Val-d'Oise », « Aix-en-Provence », « Boulogne-sur-Mer »: words joined by hyphens around a
    // lower-case link word name a place (a département, a town), whichever of its words a cue or the tagger took for a body.
    // A longer name holding one is a body's (« le Crédit agricole d'Île-de-France »).
    private static bool IsInCompoundPlace(string text, Span span)
    {
        if (text.AsSpan(span.Start, span.Length).Contains(' ')) return false;
        var (start, end) = (span.Start, span.End);
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'')) start--;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '\'')) end++;
        return CompoundPlaceLink().IsMatch(text.AsSpan(start, end - start));
    }

    [GeneratedRegex(@"\p{L}-" + OrganizationCues.PlaceLinkWord + @"-\p{Lu}|\p{L}-d'\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundPlaceLink();

    // « Omnicom OMC.N a déclaré », « Publicis PUBP.PA »: the code a wire gives a listed share (the stock exchange after the
    // dot) names the company written before it, not another body. The code's capitals and digits run up to the dot, so the
    // name is all of them.
    private static bool IsInstrumentCode(string text, Span span) =>
        span.End + 2 < text.Length && text[span.End] == '.' && InstrumentCode().IsMatch(text, span.Start)
        && WordBefore(text, span.Start) is [var first, ..] && char.IsUpper(first);

    // « le groupe Varnex VRNX.N »: a name read up to its share's code ends before it.
    private static Span WithoutInstrumentCode(string text, Span span)
    {
        var space = text.LastIndexOf(' ', span.End - 1, span.Length);
        if (space <= span.Start || InstrumentCode().Match(text, space + 1) is not { Success: true } code || code.Index + code.Length < span.End) return span;
        var dot = text.IndexOf('.', code.Index, code.Length);
        return IsInstrumentCode(text, new Span(code.Index, dot)) ? new Span(span.Start, space) : span;
    }

    [GeneratedRegex(@"\G[A-Z0-9]{1,6}\.[A-Z]{1,2}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentCode();

    private static bool HasLetter(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (char.IsLetter(c)) return true;
        return false;
    }

    // « Google Translate », « le jury du Sony World Photography Awards »: a maker named only at the
    // start of a product's or an event's name is no organisation of the story (nor is the whole).
    // Named on its own too, it is, and the longer name stays its mention ("BNP Paribas Fortis").
    private static HashSet<string> OnlyInsideLongerNames(string text, IReadOnlyList<(Span Span, GazetteerEntry Entry)> listed)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (span, entry) in listed) (StartsLongerName(text, span, listed) ? inside : alone).Add(entry.Name);
        inside.ExceptWith(alone);
        return inside;
    }

    // A place, a person or another listed name after it is no longer name ("Google France"), nor is
    // a company suffix: « Goldman Sachs Group » is the bank itself.
    private static bool StartsLongerName(string text, Span span, IReadOnlyList<(Span Span, GazetteerEntry Entry)> listed)
    {
        var next = span.End + 1;
        if (next + 1 >= text.Length || text[span.End] != ' ' || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1])) return false;
        var end = next;
        // « CGT Info’Com »: letters glued by an apostrophe are one word.
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'
            || text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))) end++;
        var word = text.AsSpan(next, end - next);
        return !CapitalizedStopwords.Contains(word) && !Gazetteer.IsPlace(word) && !Gazetteer.IsGivenName(word) && !OrganizationCues.IsSuffix(word)
            && !listed.Any(l => l.Span.Start == next);
    }

    // « le magazine Vanity Fair » is not Meta's FAIR: a listed acronym read as a word (a case the list does not
    // write) after another capitalised word ends that longer, unlisted name.
    private static bool EndsLongerName(string text, Span span, GazetteerEntry entry)
    {
        var written = text[span.Start..span.End];
        if (written.Contains(' ') || entry.Name == written || entry.Aliases.Contains(written, StringComparer.Ordinal)) return false;
        var word = WordBefore(text, span.Start);
        return span.Start > 0 && text[span.Start - 1] == ' ' && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !CapitalizedStopwords.Contains(word);
    }

    // « 15 000 signatures en seulement 24 heures », « lu en 20 minutes »: a paper named by a number and a lower-case word is
    // that duration, unless a press noun or « selon » introduces it (« le quotidien 24 heures »).
    private static bool IsDuration(string text, Span span)
    {
        if (!char.IsDigit(text[span.Start]) || text[span.Start..span.End].Any(char.IsUpper)) return false;
        var word = WordBefore(text, span.Start);
        return !OrganizationCues.IsPressNoun(word) && !word.Equals("selon", StringComparison.OrdinalIgnoreCase);
    }

    // « la CGT Spectacle », « le SIA-Unsa »: a confederation's name with a branch's word after it, or an
    // acronym glued before it, names that branch, a union of its own.
    private static Span UnionBranch(string text, Span span, IReadOnlyList<(Span Span, GazetteerEntry Entry)> listed)
    {
        var (start, end) = (span.Start, span.End);
        // « l'Ugict-CGT », « Info'Com-CGT »: a capitalised word glued too, and a capitalised one glued to it by an apostrophe (not « l' »).
        if (start >= 3 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            var k = WordStart(text, start - 1);
            if (k >= 2 && text[k - 1] is '\'' or '’' && WordStart(text, k - 1) is var glued && glued < k - 1 && char.IsUpper(text[glued])) k = glued;
            if ((k == 0 || !char.IsLetterOrDigit(text[k - 1])) && char.IsUpper(text[k])) start = k;
        }
        if (StartsLongerName(text, span, listed))
            for (end = span.End + 1; end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'
                || text[end] == '\'' && end + 1 < text.Length && char.IsUpper(text[end + 1])); end++) { }
        return new Span(start, end);
    }

    private static int WordStart(string text, int end)
    {
        while (end > 0 && char.IsLetter(text[end - 1])) end--;
        return end;
    }

    // The word right before `at`, past spaces; empty after a punctuation mark.
    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        return text[WordStart(text, end)..end];
    }

    // "Syndicat national des artistes-musiciens CGT": a union followed by its confederation's
    // acronym is one union, named as written, not two entries.
    private static IEnumerable<(Span Span, GazetteerEntry Entry)> UnionsWithConfederation(string text, IReadOnlyList<(Span Span, GazetteerEntry Entry)> hits)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var (span, entry) = hits[i];
            if (i + 1 < hits.Count && entry.Kind == "union" && hits[i + 1].Entry.Kind == "union" && hits[i + 1].Span.Start == span.End + 1
                && text[span.End] == ' ' && text.AsSpan(hits[i + 1].Span.Start, hits[i + 1].Span.Length).ContainsAnyInRange('A', 'Z')
                && !text.AsSpan(hits[i + 1].Span.Start, hits[i + 1].Span.Length).ContainsAnyInRange('a', 'z'))
            {
                var whole = new Span(span.Start, hits[++i].Span.End);
                yield return (whole, entry with { Name = text[whole.Start..whole.End] });
                continue;
            }
            yield return (span, entry);
        }
    }

    // "la Commission" after "la Commission européenne": a discovered name that is the first words
    // of another organisation's name in the same article is a short mention of it.
    private static void MergeHeads(Dictionary<string, (string Kind, List<Span> Spans)> byName)
    {
        foreach (var (name, (kind, spans)) in byName.ToList())
        {
            if (kind != UnknownKind) continue;
            var prefix = FrenchTypography.Key(name) + " ";
            var longer = byName.Keys.Where(other => other != name && FrenchTypography.Key(other).StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(other => other.Length).ThenBy(other => other, StringComparer.Ordinal).FirstOrDefault();
            if (longer is null) continue;
            foreach (var span in spans) Add(byName, longer, byName[longer].Kind, span);
            byName.Remove(name);
        }
    }

    // "Est-Bourgogne-Rhône-Alpes (Ebra)": a name and the acronym in parentheses after it are one
    // organisation, under the listed one's name when one of the two is listed.
    private static void MergeAcronyms(string text, Dictionary<string, (string Kind, List<Span> Spans)> byName)
    {
        var owner = new List<(Span Span, string Name)>();
        foreach (var (name, (_, spans)) in byName) owner.AddRange(spans.Select(s => (s, name)));
        foreach (var (span, name) in owner)
        {
            if (!byName.ContainsKey(name) || span.End + 2 >= text.Length || text[span.End] != ' ' || text[span.End + 1] != '(') continue;
            // « la Banque mondiale ( BM) »: a space may stand inside the brackets.
            var innerStart = text[span.End + 2] == ' ' ? span.End + 3 : span.End + 2;
            var inner = owner.Find(o => o.Span.Start == innerStart && o.Span.End < text.Length && text[o.Span.End] is ')' or ' ');
            if (inner.Name is null || inner.Name == name || !byName.ContainsKey(inner.Name)) continue;
            var (outerText, innerText) = (text[span.Start..span.End], text[inner.Span.Start..inner.Span.End]);
            if (!Abbreviates(innerText, outerText) && !Abbreviates(outerText, innerText) && !OrganizationCues.Spells(innerText, outerText)) continue;
            var (keep, drop) = byName[name].Kind == UnknownKind ? (inner.Name, name) : (name, inner.Name);
            foreach (var s in byName[drop].Spans) Add(byName, keep, byName[keep].Kind, s);
            byName.Remove(drop);
        }
    }

    private const int SpelledOutReach = 120;

    // « L'association BELVA (Belgian Voice Artists) », « le SNAC (Syndicat national des auteurs et compositeurs) »: the words
    // in brackets after an acronym, when they spell it, are its name spelt out; a name found inside them is the acronym's.
    private static void MergeSpelledOut(string text, Dictionary<string, (string Kind, List<Span> Spans)> byName)
    {
        foreach (var (acronym, (_, spans)) in byName.ToList())
        {
            if (!byName.ContainsKey(acronym) || acronym.Length is < 2 or > 8) continue;
            foreach (var span in spans.ToList())
            {
                // An acronym as written: a listed one may be named otherwise (« EBRA » for « Ebra »).
                var written = text[span.Start..span.End];
                if (written.Length is < 2 or > 8 || !written.All(char.IsUpper)) continue;
                if (span.End + 2 >= text.Length || text[span.End] != ' ' || text[span.End + 1] != '(') continue;
                var close = text.IndexOf(')', span.End + 2, Math.Min(SpelledOutReach, text.Length - span.End - 2));
                if (close < 0 || !OrganizationCues.SpellsOut(written, text[(span.End + 2)..close])) continue;
                foreach (var (inner, (innerKind, innerSpans)) in byName.ToList())
                {
                    if (inner == acronym || !innerSpans.Any(s => s.Start > span.End && s.End <= close)) continue;
                    // The name spelt out whole, when its kind is known, is the better name; a part of it is not.
                    var whole = innerSpans.Any(s => s.Start == span.End + 2 && s.End == close);
                    var (keep, drop) = whole && innerKind != UnknownKind ? (inner, acronym) : (acronym, inner);
                    foreach (var s in byName[drop].Spans) Add(byName, keep, byName[keep].Kind, s);
                    byName.Remove(drop);
                    if (drop == acronym) break;
                }
                break;
            }
        }
    }

    // "Sony, EA et Take-Two" after "Electronic Arts": a discovered acronym spelled by the initials of
    // another organisation of the article is that organisation, as if defined in parentheses. So is a
    // listed acronym the article never spells out: « Match FT » beside « France Travail » is not the
    // Financial Times.
    private static void MergeInitials(string original, Dictionary<string, (string Kind, List<Span> Spans)> byName)
    {
        foreach (var (name, (kind, spans)) in byName.ToList())
        {
            var acronym = kind == UnknownKind ? name : WrittenOnlyAs(original, spans) is { } form && form != name ? form : null;
            if (acronym is null || acronym.Length is < 2 or > 5 || !acronym.All(char.IsUpper)) continue;
            var owner = byName.Keys.Where(other => other != name && Initials(other) == acronym)
                .OrderBy(other => other, StringComparer.Ordinal).FirstOrDefault();
            if (owner is null) continue;
            foreach (var span in spans) Add(byName, owner, byName[owner].Kind, span);
            byName.Remove(name);
        }
    }

    // The one form a listed organisation is written in, when all its mentions read the same.
    private static string? WrittenOnlyAs(string original, List<Span> spans)
    {
        var form = original[spans[0].Start..spans[0].End];
        return spans.TrueForAll(s => original.AsSpan(s.Start, s.Length).SequenceEqual(form)) ? form : null;
    }

    private static string Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || words.Any(w => !char.IsUpper(w[0])) ? "" : string.Concat(words.Select(w => w[0]));
    }

    // "Ebra" abbreviates "Est-Bourgogne-Rhône-Alpes"; "Bild" does not abbreviate "Springer".
    private static bool Abbreviates(string acronym, string name)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        if (letters.Length < 2 || letters.Length > 8 || acronym.Contains(' ')) return false;
        var initials = name.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(FrenchTypography.Key(w[..1])[0])).ToArray();
        if (initials.Length < 2 || initials[0] != letters[0]) return false;
        var j = 0;
        foreach (var c in initials) if (j < letters.Length && c == letters[j]) j++;
        return j == letters.Length;
    }

    /// <summary>
    /// The canonical name when the article writes it; otherwise the fullest form the article uses
    /// ("Sony Pictures", "DeepMind"), since readers and annotators know the body by that form.
    /// </summary>
    private static string NameAsWritten(ArticleText text, string canonical, List<Span> spans)
    {
        var key = Unspaced(canonical);
        var forms = spans.Select(s => text.Original[s.Start..s.End]).ToList();
        // « Open AI » is OpenAI written in two words.
        if (forms.Any(f => Unspaced(f) == key)
            || spans.Any(s => Unspaced(GazetteerVariants.WithArticle(text.Original, s)) == key)) return canonical;
        return forms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First();
    }

    private static string Unspaced(string name) => FrenchTypography.Key(name).Replace(" ", "", StringComparison.Ordinal);

    private static void Add(Dictionary<string, (string Kind, List<Span> Spans)> byName, string name, string kind, Span span)
    {
        if (!byName.TryGetValue(name, out var hit)) byName[name] = hit = (kind, []);
        if (!hit.Spans.Contains(span)) hit.Spans.Add(span);
    }
}
