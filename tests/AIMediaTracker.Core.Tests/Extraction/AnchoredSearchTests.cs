using System.Text.RegularExpressions;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;
using AIMediaTracker.TestSupport;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>
/// Patterns tried only near their anchor word must still find matches that start several
/// words before it, and after a letterless character such as an apostrophe or a parenthesis.
/// </summary>
public sealed class AnchoredSearchTests
{
    [Theory]
    [InlineData("Près d'un traducteur indépendant sur deux a perdu des contrats.", 50)]
    [InlineData("(un emploi sur cinq) pourrait disparaître.", 20)]
    public void Finds_ratios_words_before_sur(string text, double percent)
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From(text)));
        Assert.Equal("percent", figure.Unit);
        Assert.Equal((decimal)percent, figure.Value);
    }

    [Fact]
    public void Finds_fractions_after_their_article_and_numerator()
    {
        var figure = Assert.Single(FigureExtractor.Extract(ArticleText.From("Les trois quarts des postes seront supprimés.")));
        Assert.Equal("percent", figure.Unit);
        Assert.Equal(75m, figure.Value);
    }

    [Theory]
    [InlineData("Le rapport paru mercredi 8 janvier 2025 alarme.", "2025-01-08")]
    [InlineData("Le plan date de juin de l'année 2023 déjà.", "2023-06")]
    [InlineData("Le rapport paru MERCREDI 8 DÉCEMBRE 2025 alarme.", "2025-12-08")]
    public void Finds_dates_words_before_their_anchor(string text, string iso)
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleText.From(text)));
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("Elle a rejoint la jeune pousse Norvane en mars.", "Norvane")]
    [InlineData("Il travaille pour l'éditeur Brumaire depuis dix ans.", "Brumaire")]
    [InlineData("Le français Cobalt Labs recrute.", "Cobalt Labs")]
    [InlineData("Papercup, une start-up londonienne, ferme.", "Papercup")]
    public void Finds_organisations_words_before_their_cue(string text, string name)
    {
        var found = OrganizationCues.Find(text).Select(f => text[f.Span.Start..f.Span.End]);
        Assert.Contains(name, found);
    }

    [Theory]
    [InlineData("Le contrat revient à Norvane SA", "Norvane SA")]
    [InlineData("Le contrat revient au Syndicat National", "Syndicat National")]
    public void Finds_anchors_up_to_the_last_characters_of_the_text(string text, string name)
    {
        var found = OrganizationCues.Find(text).Select(f => text[f.Span.Start..f.Span.End]);
        Assert.Contains(name, found);
    }

    [Fact]
    public void Searches_of_different_kinds_share_one_pass_over_the_same_text()
    {
        // Organisation cues (case-sensitive words) and months (any case) in one article, twice:
        // the second article must not reuse the first one's anchor positions.
        foreach (var text in new[] { "La start-up Norvane, fondée en MARS 2021, recrute.", "En avril 2022, la start-up Brumaire a levé des fonds." })
        {
            var facts = ArticleExtractor.Extract(new AIMediaTracker.Core.Model.ArticleDocument("", text));
            Assert.Contains(facts.Organizations, o => o.Name is "Norvane" or "Brumaire");
            Assert.Single(facts.Dates);
        }
    }

    // Each search beside the plain pattern it stands for: the same matches, in the same order.
    public static TheoryData<string> Texts => new()
    {
        "Le rapport paru MERCREDI 8 DÉCEMBRE 2025 alarme ; en décembre dernier, lundi prochain, le 1er févr. 2024 et fin aout.",
        "Une innovation de novembre : la décision du 3 déc. 2023, samedi, puis le mardi 4 mars, en mai et en juillet 2022.",
        "Près d'un traducteur indépendant sur deux, un emploi sur cinq, les trois quarts des postes et la moitié de leurs salariés.",
        "Sur dix salariés, sept sur dix ; le tiers des effectifs, deux cinquièmes du personnel.",
        "L'an dernier, puis l'année prochaine et CETTE ANNÉE ; cette facette-là, l'an\nprochain, Cette année-là.",
        "Le mois dernier, ce mois-ci, le  mois prochain, LE MOIS PASSÉ ; avant-hier, hier soir, Thierry, l'hiérarchie d'hier.",
        "Papercup, une start-up londonienne, et Brookfield, fonds canadien ; Goldmedia, société de conseil allemande, puis Velvet Sundown, groupe « vérifié », Arte France, la chaîne, et Radio, l'agence.",
        "La start-up londonienne d'IA Papercup, le groupe. La société\nNorvane, l'entreprise de jeux vidéo Ubisoft, les banques BNP Paribas et ABN Amro, le quotidien, Le Monde, la jeune pousse Mistral AI, le groupe ONG Reach",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_anchored_search_finds_what_its_plain_pattern_finds(string text)
    {
        var anchors = AnchorWords.Find(text);
        AssertSame(DatePatterns.DayMonth().Matches(text), DatePatterns.DayMonths.Matches(text, anchors[AnchorWords.Months]));
        AssertSame(DatePatterns.MonthYear().Matches(text), DatePatterns.MonthYears.Matches(text));
        AssertSame(DatePatterns.BareMonth().Matches(text), DatePatterns.BareMonths.Matches(text, anchors[AnchorWords.Months]));
        AssertSame(DatePatterns.Weekday().Matches(text), DatePatterns.Weekdays.Matches(text, anchors[AnchorWords.Weekdays]));
        AssertSame(DatePatterns.RelativeYear().Matches(text), DatePatterns.RelativeYears.Matches(text, anchors[AnchorWords.RelativeYears]));
        AssertSame(DatePatterns.RelativeMonth().Matches(text), DatePatterns.RelativeMonths.Matches(text, anchors[AnchorWords.RelativeMonths]));
        AssertSame(DatePatterns.Yesterday().Matches(text), DatePatterns.Yesterdays.Matches(text, anchors[AnchorWords.Yesterdays]));
        AssertSame(FigurePatterns.Ratio().Matches(text), FigurePatterns.Ratios.Matches(text));
        AssertSame(OrganizationCues.BeforeCueNoun().Matches(text), OrganizationCues.AppositionNames(text, anchors));
        AssertSame(OrganizationCues.AfterCueNoun().Matches(text), OrganizationCues.CueNounNames(text, anchors));
        AssertSame(FigurePatterns.Fraction().Matches(text), FigurePatterns.Fractions.Matches(text));
    }

    // The organisation cues on every text of the corpora: the searches around cue nouns find what the
    // patterns find scanning the whole text.
    [Fact]
    public void Organisation_cue_searches_find_what_their_patterns_find_in_the_corpora()
    {
        var matched = 0;
        foreach (var file in new[] { SharedCorpus.Path("corpus", "news-fr"), SharedCorpus.Path("corpus", "news-fr-real"), SharedCorpus.Path("seeds") }
            .SelectMany(dir => Directory.GetFiles(dir, "*.txt")))
        {
            var text = ArticleText.From(File.ReadAllText(file)).Matchable;
            var anchors = AnchorWords.Find(text);
            var expected = OrganizationCues.AfterCueNoun().Matches(text);
            matched += expected.Count;
            AssertSame(expected, OrganizationCues.CueNounNames(text, anchors));
            AssertSame(OrganizationCues.BeforeCueNoun().Matches(text), OrganizationCues.AppositionNames(text, anchors));
        }
        Assert.True(matched >= 20, $"Only {matched} names after a cue noun in the corpora: the check proves little.");
    }

    // Horizons are tried only before the years of a sentence; on the corpora and on sentences built
    // for it, they are where the pattern scanning the sentence finds them, with the same years.
    [Fact]
    public void Horizons_found_before_years_are_the_patterns_matches()
    {
        const string samples = "D'ici à la fin de décembre 2030, puis d'ici fin 2026 et à l'horizon\n2035 ; en 2024, pour 12024, "
            + "avant 1999, l'exercice 2023-2024, jusqu'en mars 2027. Horizon 2040 : le 2030 seul, Pour 2031.";
        var matched = 0;
        foreach (var file in Directory.GetFiles(SharedCorpus.Path("corpus", "news-fr"), "*.txt")
            .Concat(Directory.GetFiles(SharedCorpus.Path("corpus", "news-fr-real"), "*.txt")).Cast<string?>().Append(null))
        {
            var text = ArticleText.From(file is null ? samples : File.ReadAllText(file));
            foreach (var sentence in text.Sentences)
            {
                var expected = FigureContext.Horizon().Matches(text.Matchable.Substring(sentence.Start, sentence.Length))
                    .Select(m => (sentence.Start + m.Index, int.Parse(m.Groups["year"].Value))).ToList();
                matched += expected.Count;
                Assert.Equal(expected, FigureContext.Horizons(text.Matchable, sentence.Start, sentence.End).Select(h => (h.Index, h.Year)));
            }
        }
        Assert.True(matched >= 20, $"Only {matched} horizons: the check proves little.");
    }

    private static void AssertSame(MatchCollection expected, List<Match> actual) =>
        Assert.Equal(expected.Select(m => (m.Index, m.Length)), actual.Select(m => (m.Index, m.Length)));

    [Fact]
    public void Words_read_case_at_least_as_loosely_as_the_patterns_do()
    {
        // The anchor words are folded as OrdinalIgnoreCase folds them; the date patterns ignore case
        // as regexes do. Every character a pattern takes for a letter of a month or a weekday must
        // fold to that letter, or the search would skip a date the pattern reads.
        var letters = "janvierfévrierfevriermarsavrilmaijuinjuilletaoûtaoutseptembreoctobrenovembredécembredecembre"
            + "lundimardimercredijeudivendredisamedidimanche" + "centmillbillionaine" + "l'ancettemoishier";
        var all = new string([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)]);
        foreach (var letter in letters.Distinct())
            foreach (Match m in new Regex($"[{letter}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all))
                Assert.True(char.ToUpperInvariant(m.Value[0]) == char.ToUpperInvariant(letter), $"U+{(int)m.Value[0]:X4} for {letter}");
    }

    [Fact]
    public void Anchor_words_are_plain_words()
    {
        Assert.Throws<ArgumentException>(() => AnchorWords.Plain(0, "(?:soci[ée]t[ée]|studio)", StringComparison.Ordinal).ToList());
        Assert.Equal(["studios", "studio"], AnchorWords.Plain(0, "(?:studios|studio)", StringComparison.Ordinal).Select(w => w.Item2));
    }
}
