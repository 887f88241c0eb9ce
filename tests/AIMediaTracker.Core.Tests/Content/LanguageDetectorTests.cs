using System.Text;
using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Tests.Content;

public class LanguageDetectorTests
{
    private const string English = "OpenAI has signed a licensing deal with a French news publisher, the company said on Tuesday. "
        + "The agreement, which was not disclosed in full, will let the firm use the archives to train its models. "
        + "\"We will not replace any journalist,\" said Jane Smith, the chief executive of the group, adding that 1,200 jobs were at risk.";

    [Theory]
    [InlineData("fr", "Le groupe de presse a annoncé mardi un accord avec une entreprise d'intelligence artificielle, qui pourra utiliser ses archives pour entraîner ses modèles.")]
    [InlineData("en", English)]
    [InlineData("de", "Der Verlag hat am Dienstag eine Vereinbarung mit einem Unternehmen für künstliche Intelligenz unterzeichnet, das seine Archive für das Training seiner Modelle nutzen wird.")]
    [InlineData("es", "El grupo de prensa anunció el martes un acuerdo con una empresa de inteligencia artificial, que podrá utilizar sus archivos para entrenar sus modelos.")]
    [InlineData("it", "Il gruppo editoriale ha annunciato martedì un accordo con una società di intelligenza artificiale, che potrà usare i suoi archivi per addestrare i modelli.")]
    [InlineData("pt", "O grupo de imprensa anunciou na terça-feira um acordo com uma empresa de inteligência artificial, que poderá usar os seus arquivos para treinar os modelos.")]
    public void Tells_the_language_of_a_news_paragraph(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("OpenAI Sora")]
    public void Says_nothing_when_the_text_is_too_short(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Fact]
    public void A_page_in_english_is_labelled_english_whatever_its_lang_attribute()
    {
        var html = $"<html lang=\"fr\"><head><title>OpenAI signs a deal</title></head><body><article><p>{English}</p></article></body></html>";
        Assert.Equal("en", DocumentReader.Read(Encoding.UTF8.GetBytes(html), DocumentFormat.Html).Language);
        Assert.Equal("fr", DocumentReader.Read(Encoding.UTF8.GetBytes("Un accord\nLe groupe a signé un accord avec OpenAI pour ses archives, selon la direction."), DocumentFormat.PlainText).Language);
    }

    [Fact]
    public void French_only_rules_do_not_run_on_an_english_article()
    {
        var facts = ArticleExtractor.Extract(new ArticleDocument("OpenAI signs a deal", English, Language: "en"));
        Assert.Empty(facts.Figures);
        Assert.Empty(facts.Quotes);
        Assert.Empty(facts.People);
        Assert.Contains(facts.Organizations, o => o.Name == "OpenAI");

        var french = ArticleExtractor.Extract(new ArticleDocument("Accord", "Selon la CGT, 1 200 emplois sont menacés. « Nous ne remplacerons personne », a déclaré Claire Martin, directrice générale du groupe.", Language: "fr"));
        Assert.NotEmpty(french.Figures);
        Assert.NotEmpty(french.Quotes);
    }
}
