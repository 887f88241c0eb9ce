using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

public sealed class ArticleTextTests
{
    [Fact]
    public void Folding_keeps_offsets_and_normalises_typography()
    {
        var text = ArticleText.From("L’IA « menace » 204\u00A0000 emplois");
        Assert.Equal(text.Original.Length, text.Matchable.Length);
        Assert.Equal("L'IA \" menace \" 204 000 emplois", text.Matchable);
    }

    [Fact]
    public void Composes_decomposed_accents()
    {
        var text = ArticleText.From("Ce\u0301line");
        Assert.Equal("Céline", text.Original);
    }

    [Fact]
    public void Finds_the_sentence_of_an_offset()
    {
        var text = ArticleText.From("Un. Deux trois. Quatre.");
        Assert.Equal("Deux trois.", text.SentenceTextAt(6));
    }
}
