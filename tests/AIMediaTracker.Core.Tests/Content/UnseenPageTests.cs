using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

/// <summary>
/// Page layouts met on pages never seen during development (issue 16), one synthetic page per
/// layout: the article must come out whole, whatever markup carries it.
/// </summary>
public class UnseenPageTests
{
    private static string Sentence(int i) =>
        $"Phrase {i} de l'article : la rédaction, qui teste l'outil depuis trois mois, en discute avec les syndicats, selon la direction.";

    private static string Sentences(int from, int to, string format) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => string.Format(format, Sentence(i))));

    private static void AssertWhole(string body, int from, int to)
    {
        for (var i = from; i <= to; i++) Assert.Contains($"Phrase {i} de l'article", body);
    }

    [Fact]
    public void Article_in_divs_and_spans_without_paragraphs()
    {
        var html = "<html><body><div class=\"top\"><a href=\"/\">Accueil</a> <a href=\"/medias\">Médias</a></div>"
            + "<div class=\"head\"><h1>Un outil contesté</h1><div class=\"by\">Par Jeanne Martin, envoyée spéciale à Lyon</div></div>"
            + "<div class=\"story\">" + Sentences(1, 4, "<div><span>{0}</span></div>") + Sentences(5, 8, "<span>{0}</span><br><br>")
            + "</div><div class=\"bottom\">Mentions légales</div></body></html>";

        AssertWhole(HtmlToDocument.Convert(html).Body, 1, 8);
    }

    [Fact]
    public void Text_between_line_breaks_and_single_image_layout_tables()
    {
        var html = "<html><body><table width=\"100%\"><tr><td><img src=\"logo.gif\"></td><td>Le journal de la vallée, édition du mardi</td></tr></table>"
            + Sentences(1, 3, "{0}<br><br>")
            + "<table><tr><td><img src=\"photo.jpg\"><br>La salle de rédaction, à Lyon, pendant la réunion, mardi.</td></tr></table>"
            + Sentences(4, 6, "{0}<br><br>")
            + "<table><tr><td><img src=\"pied.gif\"></td></tr></table></body></html>";

        AssertWhole(HtmlToDocument.Convert(html).Body, 1, 6);
    }

    [Fact]
    public void A_photo_gallery_is_not_taken_for_the_article()
    {
        var slides = string.Concat(Enumerable.Range(1, 25).Select(i =>
            $"<div class=\"item\"><img src=\"p{i}.jpg\"><p>Légende {i} : la salle de rédaction, à Lyon, pendant la réunion avec la direction, mardi.</p></div>"));
        var html = $"<html><body><div class=\"col\"><h1>Un outil contesté</h1>{Sentences(1, 4, "<p>{0}</p>")}</div>"
            + $"<div class=\"photos\">{slides}</div></body></html>";

        var body = HtmlToDocument.Convert(html).Body;
        AssertWhole(body, 1, 4);
        Assert.DoesNotContain("Légende 7", body);
    }

    [Fact]
    public void Article_split_across_sibling_containers_is_kept_whole()
    {
        var html = "<html><body><div class=\"wrap\"><h1>Un outil contesté</h1>"
            + $"<div class=\"row first\"><div class=\"col\">{Sentences(1, 4, "<p>{0}</p>")}</div></div>"
            + "<div class=\"box\"><p>Recevez chaque matin notre lettre d'information, gratuite, dans votre boîte.</p></div>"
            + $"<div class=\"row\"><div class=\"col wide\">{Sentences(5, 5, "<p>{0}</p>")}</div></div>"
            + $"<div class=\"row\"><div class=\"col wide\">{Sentences(6, 7, "<p>{0}</p>")}</div></div>"
            + "</div></body></html>";

        AssertWhole(HtmlToDocument.Convert(html).Body, 1, 7);
    }

    [Fact]
    public void Article_with_a_read_more_box_between_paragraph_groups_is_kept_whole()
    {
        var html = "<html><body><article><h1>Un outil contesté</h1>"
            + Sentences(1, 4, "<p>{0}</p>")
            + "<div class=\"inline-box\"><h3>À lire aussi</h3><ul><li><a href=\"/a\">Une autre affaire, à Paris</a></li><li><a href=\"/b\">Encore une autre</a></li></ul></div>"
            + $"<div class=\"rest\"><section>{Sentences(5, 10, "<p>{0}</p>")}</section></div>"
            + "</article></body></html>";

        var body = HtmlToDocument.Convert(html).Body;
        AssertWhole(body, 1, 10);
        Assert.DoesNotContain("Une autre affaire", body);
    }

    [Theory]
    [InlineData("<header><p>{0}</p></header>")]
    [InlineData("<aside><p>{0}</p></aside>")]
    [InlineData("<div class=\"footer\"><footer>{0}</footer></div>")]
    public void Visible_text_is_never_lost_entirely(string layout)
    {
        var html = $"<html><body>{Sentences(1, 2, layout)}</body></html>";

        AssertWhole(HtmlToDocument.Convert(html).Body, 1, 2);
    }
}
