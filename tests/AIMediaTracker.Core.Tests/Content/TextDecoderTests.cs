using System.Text;
using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page = "<html><head>{0}</head><body><p>Les élèves de l'école répètent « Noël » à l'œil nu — voilà.</p></body></html>";

    [Theory]
    [InlineData("""<meta charset="windows-1252">""")]
    [InlineData("""<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">""")]
    [InlineData("")]
    public void Decodes_windows_1252_pages(string meta)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(string.Format(Page, meta));
        var text = TextDecoder.Decode(bytes, sniffHtmlMeta: true);
        Assert.Contains("Les élèves de l'école répètent « Noël » à l'œil nu — voilà.", text);
    }

    [Fact]
    public void Windows_1252_page_becomes_an_article()
    {
        var html = string.Format(Page, """<meta charset="windows-1252">""").Replace("</p>", " La direction confirme, le texte sera publié lundi, après consultation.</p>");
        var doc = DocumentReader.Read(Encoding.GetEncoding(1252).GetBytes(html), DocumentFormat.Html);
        Assert.Contains("Les élèves de l'école", doc.Body);
    }

    [Fact]
    public void Utf8_wins_over_a_wrong_latin_declaration_only_with_a_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Format(Page, """<meta charset="iso-8859-1">"""))).ToArray();
        Assert.Contains("élèves", TextDecoder.Decode(bytes, sniffHtmlMeta: true));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">", null)]
    [InlineData("<meta charset=\"iso-8859-1\">", null)]
    [InlineData("", "iso-8859-1")]
    public void Valid_utf8_wins_over_a_charset_that_contradicts_it(string meta, string? header)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Format(Page, meta));
        var text = TextDecoder.Decode(bytes, header, sniffHtmlMeta: true);
        Assert.Contains("Les élèves de l'école répètent « Noël » à l'œil nu — voilà.", text);
    }
}
