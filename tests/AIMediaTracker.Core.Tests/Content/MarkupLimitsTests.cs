using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

/// <summary>Hostile pages: the parser must be handed a bounded tree, and the text must survive.</summary>
public class MarkupLimitsTests
{
    private const string Article = "<p>Le syndicat des journalistes dénonce, dans un communiqué publié mardi, l'usage de l'intelligence artificielle.</p>";

    public static string NestedDivs(int n) => "<html><body>" + Repeat("<div>", n) + Article + Repeat("</div>", n) + "</body></html>";

    public static string NestedTables(int n) => "<html><body>" + Repeat("<table><tr><td>", n) + Article + Repeat("</td></tr></table>", n) + "</body></html>";

    public static string Siblings(int n) => "<html><body><article>" + Repeat("<span>mot</span>", n) + Article + "</article></body></html>";

    public static string LongAttributes(int length) =>
        $"<html><body><div class=\"{new string('a', length)}\" title=\"{Repeat("commentaire ", length / 12)}\">{Article}</div>"
        + $"<img alt=\"{new string('x', length)}\"></body></html>";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(MarkupLimits.Limit(html));

    private static int Depth(IDocument doc) => doc.All.Max(e =>
    {
        var d = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) d++;
        return d;
    });

    [Fact]
    public void Flattens_100_000_nested_divs_and_keeps_their_text()
    {
        var doc = Parse(NestedDivs(100_000));
        Assert.InRange(Depth(doc), 1, MarkupLimits.MaxDepth + 4);
        Assert.Contains("dénonce, dans un communiqué", doc.Body!.TextContent);
    }

    [Fact]
    public void Flattens_deep_nested_tables()
    {
        var doc = Parse(NestedTables(20_000));
        // Each table level is table, tbody, tr, td: only the tables count toward the limit.
        Assert.InRange(Depth(doc), 1, 4 * MarkupLimits.MaxDepth + 4);
        Assert.InRange(doc.All.Length, 1, MarkupLimits.MaxTags);
        Assert.Contains("dénonce, dans un communiqué", doc.Body!.TextContent);
    }

    [Fact]
    public void Caps_100_000_sibling_elements_and_keeps_every_word()
    {
        var doc = Parse(Siblings(100_000));
        Assert.InRange(doc.All.Length, 1, MarkupLimits.MaxTags);
        Assert.Equal(100_000, doc.Body!.TextContent.Split("mot").Length - 1);
    }

    [Fact]
    public void Drops_very_long_attribute_values_and_surplus_attributes()
    {
        var many = "<html><body><p " + string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"a{i}=\"v\"")) + ">Texte de l'article.</p></body></html>";
        foreach (var doc in new[] { Parse(LongAttributes(1_000_000)), Parse(many) })
        {
            Assert.All(doc.All, e => Assert.InRange(e.Attributes.Length, 0, MarkupLimits.MaxAttributes));
            Assert.All(doc.All.SelectMany(e => e.Attributes), a => Assert.InRange(a.Value.Length, 0, MarkupLimits.MaxAttributeLength));
        }
        Assert.Contains("dénonce", Parse(LongAttributes(1_000_000)).Body!.TextContent);
    }

    [Fact]
    public void Leaves_ordinary_pages_untouched()
    {
        var page = """
            <!DOCTYPE html><html lang="fr"><head><title>Titre</title><script>if (a < b && c > d) document.write("<div>");</script>
            <style>p > a { color: red }</style></head><body><!-- <div><div> --><div class="a" data-x='1 > 0'><p>Un <b>texte</b><br>
            <img src="x.png"/><svg><path d="M0 0"/></svg><ul><li>un<li>deux</ul><table><tr><td>a<td>b</table></div></body></html>
            """;
        Assert.Same(page, MarkupLimits.Limit(page));
    }

    [Fact]
    public void A_script_past_the_tag_limit_leaves_no_code_as_text()
    {
        var html = "<html><body>" + Repeat("<br>", MarkupLimits.MaxTags) + "<script>var secret = 1;</script><p>Fin de l'article.</p></body></html>";
        var text = Parse(html).Body!.TextContent;
        Assert.DoesNotContain("secret", text);
        Assert.Contains("Fin de l'article.", text);
    }

    [Fact]
    public void Hostile_pages_still_become_articles_with_their_text()
    {
        // Their time is measured in the bench (`bench --hostile`, 2 s target each), not here: a unit test's clock measures the machine's load.
        foreach (var html in new[] { NestedDivs(100_000), NestedTables(20_000), Siblings(100_000), LongAttributes(1_000_000) })
        {
            var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(html), DocumentFormat.Html);
            Assert.Contains("dénonce", doc.Body);
        }
    }
}
