using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class ProductExtractorTests
{
    [Theory]
    [InlineData("OpenAI s'aventure à Hollywood avec \"Sora\".", "Sora", "OpenAI")]
    [InlineData("Le créateur de ChatGPT a signé un accord.", "ChatGPT", "OpenAI")]
    [InlineData("Duolingo Max s'appuie sur le modèle GPT-4 d'OpenAI.", "GPT-4", "OpenAI")]
    [InlineData("Les images de Midjourney sont visées.", "Midjourney", "Midjourney")]
    [InlineData("Anthropic a lancé Claude 3 en mars.", "Claude", "Anthropic")]
    [InlineData("Adobe intègre Firefly à Photoshop.", "Firefly", "Adobe")]
    public void Finds_products_with_their_makers(string sentence, string name, string maker)
    {
        var product = ProductExtractor.Extract(ArticleText.From(sentence)).First(p => p.Name == name);
        Assert.Equal(maker, product.Organization);
    }

    [Fact]
    public void Merges_aliases_of_one_product()
    {
        var products = ProductExtractor.Extract(ArticleText.From("Duolingo Max utilise GPT-4. GPT4 coûte cher."));
        var product = Assert.Single(products, p => p.Name == "GPT-4");
        Assert.Equal(2, product.Mentions.Count);
    }

    [Theory]
    [InlineData("Le cinéaste Claude Lelouch s'inquiète.")]
    [InlineData("Le modèle de langage reste opaque.")]
    public void A_given_name_followed_by_a_surname_is_not_a_product(string sentence) =>
        Assert.Empty(ProductExtractor.Extract(ArticleText.From(sentence)));

    [Theory]
    [InlineData("« On nous vire », racontent Claude, Dominique et Sacha.")]
    [InlineData("« On nous vire », racontent Sacha et Claude.")]
    public void A_given_name_listed_with_other_given_names_is_not_a_product(string sentence) =>
        Assert.Empty(ProductExtractor.Extract(ArticleText.From(sentence)));

    [Fact]
    public void A_model_listed_with_other_products_stays_a_product() =>
        Assert.Contains(ProductExtractor.Extract(ArticleText.From("Les rédactions testent Claude, ChatGPT et Gemini.")), p => p.Name == "Claude");
}
