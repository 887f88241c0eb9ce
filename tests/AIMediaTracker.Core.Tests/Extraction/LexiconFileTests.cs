using System.Runtime.CompilerServices;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>
/// The word lists kept as data (Data/*.txt): every file loads, no list is empty or repeats an
/// entry, and the marks a rule reads after « = » are ones it knows, so a typo cannot silently
/// drop a word from its rule.
/// </summary>
public sealed class LexiconFileTests
{
    public static TheoryData<string> Files => [.. LexiconFile.Names];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_list_loads_and_is_not_empty(string name)
    {
        var file = LexiconFile.Get(name);
        Assert.NotEmpty(file.SectionNames);
        Assert.All(file.SectionNames, section => Assert.NotEmpty(file.Entries(section)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_list_holds_an_entry_twice(string name)
    {
        var file = LexiconFile.Get(name);
        foreach (var section in file.SectionNames)
        {
            var repeated = file.Pairs(section).GroupBy(p => p.Words, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!repeated.Any(), $"{name} [{section}] repeats: {string.Join(", ", repeated)}");
        }
    }

    // Each rule builds its patterns and sets from the lists when its type is first used: an entry
    // that makes a bad pattern fails here rather than on the first article.
    [Theory]
    [InlineData(typeof(FigureCues))]
    [InlineData(typeof(FigureHedges))]
    [InlineData(typeof(FigureNouns))]
    [InlineData(typeof(FigurePatterns))]
    [InlineData(typeof(FigureContext))]
    [InlineData(typeof(YearContext))]
    [InlineData(typeof(PersonContext))]
    [InlineData(typeof(OrganizationCues))]
    [InlineData(typeof(AIMediaTracker.Core.French.RoleNouns))]
    [InlineData(typeof(AIMediaTracker.Core.French.Nationalities))]
    public void Every_rule_builds_from_its_lists(Type rule) =>
        RuntimeHelpers.RunClassConstructor(rule.TypeHandle);

    [Fact]
    public void Every_data_file_written_in_sections_is_checked()
    {
        var assembly = typeof(LexiconFile).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            var first = FirstEntry(reader);
            if (first?.StartsWith('[') == true)
                Assert.Contains(LexiconFile.Names, n => resource.EndsWith("." + n, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Role_nouns_say_what_the_rules_do_with_them()
    {
        foreach (var (words, marks) in LexiconFile.Get("role-nouns.txt").Pairs("roles"))
        {
            var split = marks.Split(',', StringSplitOptions.TrimEntries);
            Assert.True(split.Length > 0 && split.All(m => m is "titre" or "compté"), $"« {words} = {marks} »: the marks are « titre » and « compté ».");
        }
    }

    [Theory]
    [InlineData("regions.txt", "regions")]
    [InlineData("figure-sectors.txt", "sectors")]
    public void Every_place_and_sector_names_what_it_stands_for(string name, string section) =>
        Assert.All(LexiconFile.Get(name).Pairs(section), p => Assert.NotEqual("", p.Value));

    [Fact]
    public void Only_verbs_that_pass_on_are_marked_among_affected_cues() =>
        Assert.All(LexiconFile.Get("figure-cues.txt").Pairs("affected"), p => Assert.Contains(p.Value, new[] { "", "relaie" }));

    [Theory]
    [InlineData("Les départs commenceront à partir de 2025.", false)]
    [InlineData("Ces salariés vont partir d'ici juin.", true)]
    [InlineData("Le groupe va supprimer 300 postes.", true)]
    public void A_phrase_listed_as_no_cue_does_not_read_as_a_loss(string sentence, bool loss) =>
        Assert.Equal(loss, FigureCues.Lost().Matches(sentence).Any(m => m.Value is "partir" or "supprimer" && !FigureCues.IsException(FigureKind.JobsLost, sentence, m)));

    [Theory]
    [InlineData("Le site compte ~ 500 abonnés.", "~ ", "500")]
    [InlineData("Le site compte ~500 abonnés.", "~", "500")]
    [InlineData("La réforme touche près d'un million de salariés.", "près d'", "un million")]
    [InlineData("Le plan a dépassé les 500 départs.", "dépassé les ", "500")]
    public void Hedges_are_read_as_the_file_writes_them(string text, string hedge, string number)
    {
        var hedgeStart = text.IndexOf(hedge + number, StringComparison.Ordinal);
        Assert.Equal(hedgeStart, FigureHedges.Before(text, hedgeStart + hedge.Length, out _));
    }

    [Fact]
    public void A_space_ends_a_hedge_word() =>
        Assert.Equal(-1, FigureHedges.Before("Les environs500 postes", "Les environs".Length, out _));

    private static string? FirstEntry(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#')) return trimmed;
        }
        return null;
    }
}
