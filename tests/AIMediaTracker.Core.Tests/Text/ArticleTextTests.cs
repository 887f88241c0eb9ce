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

    [Fact]
    public void Folds_every_typographic_character_wherever_it_stands()
    {
        var original = "’d« x —y”	" + new string('a', 40) + "‘–";
        var text = ArticleText.From(original);
        Assert.Equal("'d\" x -y\" " + new string('a', 40) + "'-", text.Matchable);
    }

    [Fact]
    public void Words_are_the_tokens_of_the_matchable_text_and_survive_a_new_publication_date()
    {
        var text = ArticleText.From("L’OpenAI de Sam Altman");
        var words = text.Words.Select(w => text.Matchable.Substring(w.Start, w.Length));
        Assert.Equal(["L", "Open", "AI", "de", "Sam", "Altman"], words);
        Assert.Same(text.Words, text.WithPublishedAt(new DateOnly(2024, 3, 1)).Words);
    }

    [Fact]
    public void Without_its_working_sets_a_text_keeps_its_sentences_and_offsets_and_drops_its_words()
    {
        var text = ArticleText.From("L’OpenAI de Sam Altman recrute. Netflix supprime 150 postes.", new DateOnly(2024, 3, 1));
        var words = text.Words;
        var slim = text.WithoutWorkingSets();
        Assert.Equal(text.Original, slim.Original);
        Assert.Equal(text.PublishedAt, slim.PublishedAt);
        Assert.Equal(text.Sentences, slim.Sentences);
        var offset = text.Original.IndexOf("150", StringComparison.Ordinal);
        Assert.Equal("Netflix supprime 150 postes.", slim.SentenceTextAt(offset));
        // Read again, the words are tokenised anew: the slim text does not hold the extraction's list.
        Assert.NotSame(words, slim.Words);
        Assert.Equal(words, slim.Words);
    }
}
