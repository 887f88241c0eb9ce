using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;
using AIMediaTracker.TestSupport;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>
/// The whose-claim and basis patterns run only on sentences that hold one of their anchor words
/// (<see cref="LexiconNotation.Anchors"/>). That is only safe if every match holds one: a word
/// the derivation got wrong would silently drop sources and speakers.
/// </summary>
public sealed class LexiconAnchorsTests
{
    [Theory]
    [InlineData("selon", "selon")]
    [InlineData("d'après", "d'après")]
    [InlineData("affirm*", "affirm")]
    [InlineData("annonc(e|es|ait)", "annonce|annonces|annoncait")]
    [InlineData("précis(e|ent)?", "précise|précisent|précis")]
    [InlineData("(a|ont) (étudié|analysé)", "étudié|analysé")]
    [InlineData("comme l'a (révélé|noté)", "révélé|comme")]
    [InlineData("(relayé|cité)(e|s)? par", "relayée|relayés|relayé|citée|cités|cité")]
    public void Every_spelling_gives_its_longest_fixed_run(string entry, string expected)
    {
        Assert.Equal(expected.Split('|').Order(), LexiconNotation.Anchors(entry).Order());
    }

    [Fact]
    public void An_unbalanced_entry_is_refused()
    {
        Assert.Throws<FormatException>(() => LexiconNotation.Anchors("(a|b").ToList());
        Assert.Throws<FormatException>(() => LexiconNotation.Anchors("a)b").ToList());
    }

    private static int SetOf(string section) => AnchorWords.OfSection(section);

    // The patterns the rules run, built on those sections.
    private static System.Text.RegularExpressions.Regex PatternOf(string section) => section switch
    {
        "source-cues" => FigureClaimWords.SourceCue,
        "study-nouns" => FigureClaimWords.Study,
        "speech-verbs" => FigureClaimWords.Speech,
        "source-inversions" => FigureClaimWords.Inversion,
        // The basis reader's patterns: the section's entries as whole words.
        _ => FigureLexicon.Regex(section),
    };

    [Theory]
    [InlineData("source-cues")]
    [InlineData("study-nouns")]
    [InlineData("speech-verbs")]
    [InlineData("source-inversions")]
    [InlineData("modal-conditional")]
    [InlineData("other-conditional")]
    [InlineData("estimates")]
    [InlineData("forecast-verbs")]
    // The corpora say « vont affecter » and « va supprimer » twice only.
    [InlineData("near-future", 2)]
    public void No_sentence_of_the_corpora_matches_a_pattern_without_its_anchor(string section, int fewest = 3)
    {
        var set = SetOf(section);
        var pattern = PatternOf(section);
        var matched = 0;
        foreach (var file in CorpusTexts())
        {
            var text = ArticleText.From(File.ReadAllText(file));
            foreach (var sentence in text.Sentences)
            {
                if (!pattern.IsMatch(text.Matchable.AsSpan(sentence.Start, sentence.Length))) continue;
                matched++;
                Assert.True(text.HasAnchor(set, sentence.Start, sentence.End),
                    $"{Path.GetFileName(file)}: « {text.Matchable[sentence.Start..sentence.End]} » matches [{section}] but holds none of its anchors.");
            }
        }
        Assert.True(matched >= fewest, $"[{section}] matched only {matched} sentences: the check proves little.");
    }

    // Sources, studies and reporting verbs are searched only around their anchors: in every sentence
    // of the corpora, and in sentences built to break it, exactly where the pattern scanning the
    // sentence finds them.
    [Theory]
    [InlineData("source-cues", 10)]
    [InlineData("study-nouns", 10)]
    [InlineData("speech-verbs", 50)]
    public void Matches_found_around_their_anchors_are_the_patterns_matches(string section, int atLeast)
    {
        var pattern = PatternOf(section);
        Func<string, AIMediaTracker.Core.Model.Span, List<int>[], List<(int, int)>> search = section switch
        {
            "source-cues" => FigureClaimWords.SourceCues,
            "study-nouns" => FigureClaimWords.Studies,
            _ => FigureClaimWords.Speeches,
        };
        var matched = 0;
        foreach (var file in CorpusTexts().Cast<string?>().Append(null))
        {
            var text = ArticleText.From(file is null ? AnchorSamples : File.ReadAllText(file));
            foreach (var sentence in text.Sentences)
            {
                var expected = pattern.Matches(text.Matchable.Substring(sentence.Start, sentence.Length))
                    .Select(m => (sentence.Start + m.Index, m.Length)).ToList();
                matched += expected.Count;
                Assert.Equal(expected, search(text.Matchable, sentence, text.AnchorHits));
            }
        }
        Assert.True(matched >= atLeast, $"Only {matched} matches of [{section}] in the corpora: the check proves little.");
    }

    // Entries of several words, one inside a longer word, at a sentence's first character, in capitals.
    private const string AnchorSamples = "Annonce-t-il. Le cabinet a   étudié le marché et ont analysé. Publicis VA INVESTIR, préannonce, "
        + "annonçait-elle ; « X annonce », estime-t-on. Le groupe compte supprimer 300 postes, a précisé la direction. "
        + "Comme l'a révélé Le Monde, selon\nle FMI et d'après une note récente du Trésor, relayée par l'AFP. "
        + "Étude publiée par Reach. Selon l'étude annuelle de la Banque mondiale, comme le note   l'OCDE.";

    [Theory]
    [InlineData("selon", 0)]
    [InlineData("comme l'a (révélé|noté)", 2)]
    [InlineData("(a|ont) (étudié|analysé)", 1)]
    [InlineData("affirm*", 0)]
    [InlineData("(re)?publi*", 1)]
    public void A_match_starts_at_most_this_many_breaks_before_its_anchor(string entry, int breaks)
    {
        Assert.Equal(breaks, LexiconNotation.BreaksBeforeAnchor(entry));
    }

    [Theory]
    [InlineData("Selon le FMI, 40 % des emplois sont exposés.", "source-cues")]
    [InlineData("SELON LE FMI, 40 % des emplois sont exposés.", "source-cues")]
    [InlineData("Le groupe ANNONCE 300 suppressions.", "speech-verbs")]
    [InlineData("« Rien n'est décidé », prévient-elle.", "source-inversions")]
    [InlineData("Ces postes SERAIENT supprimés.", "other-conditional")]
    [InlineData("Une Évaluation du cabinet chiffre les pertes.", "estimates")]
    public void Anchors_are_found_in_any_case(string sentence, string section)
    {
        var set = SetOf(section);
        var text = ArticleText.From(sentence);
        Assert.True(text.HasAnchor(set, 0, text.Matchable.Length));
        Assert.False(text.HasAnchor(set, text.Matchable.Length, text.Matchable.Length));
    }

    // A role before a name is only read where a title starts in the window: every title the role
    // patterns accept, with or without its accents, in any case, must be an anchor.
    [Fact]
    public void Every_title_of_the_corpora_is_a_title_anchor()
    {
        var titles = new System.Text.RegularExpressions.Regex(AIMediaTracker.Core.French.RoleTitles.Pattern,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var matched = 0;
        foreach (var file in CorpusTexts())
        {
            var text = ArticleText.From(File.ReadAllText(file));
            foreach (System.Text.RegularExpressions.Match m in titles.Matches(text.Matchable))
            {
                matched++;
                Assert.True(text.HasAnchor(AnchorWords.Titles, m.Index, m.Index + 1),
                    $"{Path.GetFileName(file)}: the title « {m.Value} » is no anchor.");
            }
        }
        Assert.True(matched >= 20, $"Only {matched} titles in the corpora: the check proves little.");
    }

    [Theory]
    [InlineData("Selon le PRESIDENT de la société, Jean Dupont")]
    [InlineData("la traductrice Anne Dupont")]
    [InlineData("le co-fondateur Luis von Ahn")]
    public void Titles_are_found_with_or_without_accents_in_any_case(string sentence)
    {
        var text = ArticleText.From(sentence);
        Assert.True(text.HasAnchor(AnchorWords.Titles, 0, text.Matchable.Length));
    }

    [Fact]
    public void A_window_without_a_title_gives_no_role()
    {
        var text = ArticleText.From("Selon la voisine Anne Dupont");
        Assert.False(text.HasAnchor(AnchorWords.Titles, 0, text.Matchable.Length));
        Assert.Null(PersonContext.RoleBefore(text, 0, "Selon la voisine ".Length));
    }

    private static IEnumerable<string> CorpusTexts() =>
        new[] { SharedCorpus.Path("corpus", "news-fr"), SharedCorpus.Path("corpus", "news-fr-real"), SharedCorpus.Path("seeds") }
            .SelectMany(dir => Directory.GetFiles(dir, "*.txt"))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase));
}
