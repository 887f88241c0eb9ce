using System.Diagnostics;
using System.Text;
using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Ingestion.Tests.Fetching;

namespace AIMediaTracker.Ingestion.Tests.Sources;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://journal.exemple.fr/rss.xml");

    [Fact]
    public void Reads_an_rss_2_feed()
    {
        var feed = FeedParser.Parse(FeedSamples.Rss, FeedUrl);

        Assert.Equal("Le Quotidien – Économie", feed.Title);
        Assert.Equal(new Uri("https://journal.exemple.fr/economie"), feed.SiteUrl);
        var first = feed.Items[0];
        Assert.Equal(new Uri("https://journal.exemple.fr/economie/ia-redactions"), first.Link);
        Assert.Equal("L'IA générative bouleverse les rédactions", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 15, 0, TimeSpan.FromHours(1)), first.PublishedAt);
        Assert.Equal("Près de 200 000 emplois seraient touchés.", first.Summary);
    }

    [Fact]
    public void Makes_relative_links_absolute_against_the_feed_url()
    {
        var feed = FeedParser.Parse(FeedSamples.Rss, FeedUrl);
        Assert.Equal(new Uri("https://journal.exemple.fr/economie/mistral-levee"), feed.Items[1].Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), feed.Items[1].PublishedAt);
    }

    [Fact]
    public void Drops_items_whose_link_is_not_http() =>
        Assert.DoesNotContain(FeedParser.Parse(FeedSamples.Rss, FeedUrl).Items, i => i.Title.Contains("javascript"));

    [Fact]
    public void Reads_an_atom_feed()
    {
        var feed = FeedParser.Parse(FeedSamples.Atom, new Uri("https://blog.exemple.fr/atom.xml"));

        Assert.Equal("Blog de la rédaction", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal(new Uri("https://blog.exemple.fr/2026/11/deputes-ia"), first.Link);
        Assert.Equal("Les députés débattent de l'intelligence artificielle", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(1)), first.PublishedAt);
        Assert.Equal("Un texte très attendu.", first.Summary);
        Assert.Equal(new Uri("https://blog.exemple.fr/entretiens/chercheuse"), feed.Items[1].Link);
    }

    [Fact]
    public void Uses_the_permalink_guid_when_an_item_has_no_link()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Brèves</title>
              <item><title>Une brève</title><guid isPermaLink="true">https://breves.exemple.fr/1</guid></item>
            </channel></rss>
            """;
        var item = Assert.Single(FeedParser.Parse(rss, FeedUrl).Items);
        Assert.Equal(new Uri("https://breves.exemple.fr/1"), item.Link);
        Assert.Null(item.PublishedAt);
    }

    [Fact]
    public void Honours_the_encoding_declared_in_the_xml()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string rss = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Société</title>
              <item><title>Éducation : la réforme adoptée</title><link>https://journal.exemple.fr/reforme</link></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.Latin1.GetBytes(rss), FeedUrl);

        Assert.Equal("Société", feed.Title);
        Assert.Equal("Éducation : la réforme adoptée", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Reads_utf8_bytes_with_a_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FeedSamples.Atom)).ToArray();
        Assert.Equal("Blog de la rédaction", FeedParser.Parse(bytes, FeedUrl).Title);
    }

    [Theory]
    [InlineData("<html><body><p>Ceci n'est pas un flux.</p></body></html>")]
    [InlineData("<rss version=\"2.0\"><channel><title>Coupé")]
    [InlineData("")]
    public void Refuses_what_is_not_a_feed_with_a_french_message(string xml)
    {
        var e = Assert.Throws<FeedParseException>(() => FeedParser.Parse(xml, FeedUrl));
        Assert.StartsWith("Flux illisible", e.Message);
    }

    [Fact]
    public void Refuses_entity_expansion_bombs_quickly()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
            """;
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<FeedParseException>(() => FeedParser.Parse(bomb, FeedUrl));
        Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(bomb), FeedUrl));
        Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.Unicode.GetBytes(bomb), FeedUrl));
        Assert.StartsWith("Flux refusé : il déclare des entités XML", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("2026-11-24T09:30:00+01:00", "2026-11-24T08:30:00Z")]
    [InlineData("Tue, 24 Nov 2026 09:30:00 +0100", "2026-11-24T08:30:00Z")]
    [InlineData("Tue, 24 Nov 2026 08:30:00 GMT", "2026-11-24T08:30:00Z")]
    [InlineData("Tue, 24 Nov 2026 08:30:00", "2026-11-24T08:30:00Z")]
    public void Reads_publication_dates_in_the_usual_formats(string pubDate, string expectedUtc)
    {
        var rss = $"""
            <rss version="2.0"><channel><title>Dates</title>
              <item><title>Un article</title><link>https://journal.exemple.fr/a</link><pubDate>{pubDate}</pubDate></item>
            </channel></rss>
            """;
        var item = Assert.Single(FeedParser.Parse(rss, FeedUrl).Items);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), item.PublishedAt?.ToUniversalTime());
    }

    [Fact]
    public void Keeps_one_item_per_link()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Doublons</title>
              <item><title>Premier</title><link>https://journal.exemple.fr/a</link></item>
              <item><title>Repris</title><link>https://journal.exemple.fr/a</link></item>
            </channel></rss>
            """;
        Assert.Equal("Premier", Assert.Single(FeedParser.Parse(rss, FeedUrl).Items).Title);
    }
}
