namespace AIMediaTracker.Ingestion.Tests.Fetching;

/// <summary>Small French feeds, one per format, with the quirks real feeds have.</summary>
public static class FeedSamples
{
    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Le Quotidien – Économie</title>
            <link>https://journal.exemple.fr/economie</link>
            <description>Les derniers articles</description>
            <item>
              <title>L'IA générative bouleverse les rédactions</title>
              <link>https://journal.exemple.fr/economie/ia-redactions</link>
              <pubDate>Tue, 24 Nov 2026 08:15:00 +0100</pubDate>
              <description>&lt;p&gt;Près de &lt;b&gt;200 000&lt;/b&gt; emplois   seraient touchés.&lt;/p&gt;</description>
              <guid>https://journal.exemple.fr/economie/ia-redactions</guid>
            </item>
            <item>
              <title>Mistral AI lève 600 millions d'euros</title>
              <link>/economie/mistral-levee</link>
              <pubDate>Mon, 23 Nov 2026 18:00:00 GMT</pubDate>
              <description>Une levée record pour la start-up parisienne.</description>
            </item>
            <item>
              <title>Un lien en javascript, ignoré</title>
              <link>javascript:alert(1)</link>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Blog de la rédaction</title>
          <link href="https://blog.exemple.fr/" rel="alternate"/>
          <link href="https://blog.exemple.fr/atom.xml" rel="self"/>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-11-24T10:00:00+01:00</updated>
          <entry>
            <title>Les députés débattent de l'intelligence artificielle</title>
            <link href="https://blog.exemple.fr/2026/11/deputes-ia" rel="alternate"/>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <published>2026-11-24T09:30:00+01:00</published>
            <updated>2026-11-24T10:00:00+01:00</updated>
            <summary type="html">&lt;p&gt;Un texte &lt;em&gt;très&lt;/em&gt; attendu.&lt;/p&gt;</summary>
          </entry>
          <entry>
            <title>Entretien avec une chercheuse</title>
            <link href="entretiens/chercheuse"/>
            <id>tag:blog.exemple.fr,2026:entretien</id>
            <updated>2026-11-20T07:00:00Z</updated>
          </entry>
        </feed>
        """;
}
