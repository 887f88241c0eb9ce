using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Ingestion.Tests.Fetching;

namespace AIMediaTracker.Ingestion.Tests.Sources;

// Old RSS 0.91 feeds name an external DTD. The parser must read them without ever loading it: the DTD
// here lives on the loopback test server, which counts the requests it gets.
public class FeedParserDtdTests(LocalServer server) : IClassFixture<LocalServer>
{
    [Fact]
    public void Reads_an_rss_0_91_feed_without_loading_its_external_dtd()
    {
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "{server.Url("/rss-0.91.dtd")}">
            <rss version="0.91"><channel><title>Ancien flux</title><link>https://ancien.exemple.fr/</link>
              <item><title>Un article</title><link>https://ancien.exemple.fr/article</link></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(rss, new Uri("https://ancien.exemple.fr/rss.xml"));

        Assert.Equal(new Uri("https://ancien.exemple.fr/article"), Assert.Single(feed.Items).Link);
        Assert.Equal(0, server.DtdHits);
    }
}
