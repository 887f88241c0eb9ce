using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.French;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>The phrase index finds every phrase as written, whatever its first character or length, and nothing else.</summary>
public sealed class PhraseIndexTests
{
    private static readonly string LongWord = new('a', 70);

    private static readonly PhraseIndex<string> Index = new([
        ("université de Genève", "unige"),
        ("Łódź Media", "lodz"),
        ("OpenAI", "openai"),
        (LongWord + " Group", "long"),
    ]);

    private static List<string> Found(string text) =>
        [.. Index.FindAll(text, WordTokenizer.Tokenize(text)).Select(hit => hit.Value)];

    [Theory]
    [InlineData("Selon l'université de Genève, les emplois changent.", "unige")]
    [InlineData("Le groupe Łódź Media recrute.", "lodz")]
    [InlineData("Chez OpenAI, on se tait.", "openai")]
    public void Finds_phrases_whatever_their_first_character(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Fact]
    public void Finds_a_phrase_with_a_very_long_first_word()
    {
        Assert.Equal(["long"], Found($"Le rachat par {LongWord} Group est fait."));
        Assert.Empty(Found($"Le rachat par {LongWord}b Group est fait."));
    }

    [Theory]
    [InlineData("Les universités de Genève recrutent.")]
    [InlineData("Une université de Lausanne.")]
    [InlineData("OpenAIX et Openai recrutent.")]
    public void Finds_nothing_where_no_phrase_stands_as_written(string text)
    {
        Assert.Empty(Found(text));
    }
}
