using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public class HtmlToDocumentTests
{
    private const string Paragraphs = """
        <p>Le groupe de presse a annoncé mardi un accord avec une entreprise d'intelligence artificielle, qui pourra utiliser ses archives pour entraîner ses modèles.</p>
        <p>Selon la direction, l'accord, signé pour trois ans, prévoit un paiement annuel, des crédits de calcul et un partage des revenus publicitaires.</p>
        <p>Les syndicats de journalistes, eux, s'inquiètent des conséquences pour les rédactions, déjà touchées par plusieurs plans de départs.</p>
        """;

    private static string Page(string article, string head = "") => $"""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Un accord historique - Le Quotidien</title>{head}</head>
        <body>
        <div class="cookie-banner"><p>Nous utilisons des cookies pour mesurer l'audience et afficher des publicités adaptées.</p><button>Accepter</button></div>
        <header><nav><a href="/">Accueil</a> <a href="/economie/">Économie</a> <a href="/medias/">Médias</a></nav></header>
        <main>{article}</main>
        <div class="newsletter"><p>Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.</p></div>
        <footer><p>© 2024 Le Quotidien. Tous droits réservés. Mentions légales, contact, plan du site.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_the_article_and_drops_the_page_furniture()
    {
        var doc = HtmlToDocument.Convert(Page($"<article><h1>Un accord historique</h1>{Paragraphs}</article>"));

        Assert.Contains("Le groupe de presse a annoncé mardi", doc.Body);
        Assert.Contains("plusieurs plans de départs.", doc.Body);
        Assert.DoesNotContain("cookies", doc.Body);
        Assert.DoesNotContain("Accueil", doc.Body);
        Assert.DoesNotContain("newsletter", doc.Body);
        Assert.DoesNotContain("Tous droits réservés", doc.Body);
        Assert.DoesNotContain("Un accord historique", doc.Body);
        Assert.Equal(3, doc.Body.Split('\n').Length);
    }

    [Fact]
    public void Drops_read_also_blocks_inside_the_article()
    {
        var article = $"""
            <article>{Paragraphs}
            <p><strong>À lire aussi :</strong> <a href="/medias/autre-article">Un autre éditeur signe avec OpenAI</a></p>
            <p>LIRE AUSSI | <a href="/medias/plan">Le plan de départs détaillé par la direction</a></p>
            <aside class="lire-aussi"><a href="/medias/encore">Les rédactions face à l'IA</a></aside>
            <div class="related-articles"><h3>Sur le même sujet</h3><ul><li><a href="/a">Premier article lié sur le même thème</a></li><li><a href="/b">Second article lié sur le même thème</a></li></ul></div>
            <div class="share-bar">Partager : <a href="#">Facebook</a> <a href="#">X</a></div>
            <p>La direction promet que les journalistes seront consultés avant toute utilisation, en particulier pour les archives les plus anciennes.</p>
            </article>
            """;
        var doc = HtmlToDocument.Convert(Page(article, """<link rel="canonical" href="https://www.lequotidien.fr/medias/accord">"""));

        Assert.Contains("archives les plus anciennes", doc.Body);
        Assert.DoesNotContain("lire aussi", doc.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Un autre éditeur", doc.Body);
        Assert.DoesNotContain("plan de départs détaillé", doc.Body);
        Assert.DoesNotContain(doc.Links, l => l.Contains("/medias/", StringComparison.Ordinal));
        Assert.DoesNotContain("Les rédactions face", doc.Body);
        Assert.DoesNotContain("article lié", doc.Body);
        Assert.DoesNotContain("Partager", doc.Body);
    }

    [Fact]
    public void Keeps_captions_tweets_and_body_links_resolved_against_the_canonical_url()
    {
        var article = $"""
            <article>{Paragraphs}
            <figure><img src="/img/a.jpg"><figcaption>Le siège du groupe à Paris, en mars 2024.</figcaption></figure>
            <p>Crédits photos : Agence Lumière</p>
            <p>Le texte de l'accord a été <a href="/documents/accord.pdf">publié en ligne</a> par la direction, qui en détaille les grandes lignes.</p>
            <blockquote class="twitter-tweet"><p>Un accord historique pour notre rédaction <a href="https://t.co/abc123">https://t.co/abc123</a></p>— Jeanne Martin (@jmartin) <a href="https://twitter.com/jmartin/status/1">12 mars 2024</a></blockquote>
            </article>
            """;
        var head = """<link rel="canonical" href="https://www.lequotidien.fr/medias/accord-historique">""";
        var doc = HtmlToDocument.Convert(Page(article, head));

        Assert.Contains("Le siège du groupe à Paris, en mars 2024.", doc.Body);
        Assert.DoesNotContain("Agence Lumière", doc.Body);
        Assert.Contains("Un accord historique pour notre rédaction", doc.Body);
        Assert.Contains("https://www.lequotidien.fr/documents/accord.pdf", doc.Links);
        Assert.Contains("https://t.co/abc123", doc.Links);
        Assert.DoesNotContain(doc.Links, l => l.EndsWith("/economie/", StringComparison.Ordinal));
        Assert.Equal("https://www.lequotidien.fr/medias/accord-historique", doc.CanonicalUrl);
    }

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        var head = """
            <meta property="og:title" content="Un accord historique pour la presse">
            <meta name="author" content="Jeanne Martin">
            <meta property="article:published_time" content="2024-03-12T08:30:00+01:00">
            """;
        var doc = HtmlToDocument.Convert(Page($"<article>{Paragraphs}</article>", head));

        Assert.Equal("Un accord historique pour la presse", doc.Title);
        Assert.Equal("Jeanne Martin", doc.Author);
        Assert.Equal(new DateOnly(2024, 3, 12), doc.PublishedAt);
        Assert.Equal("fr", doc.Language);
    }

    [Fact]
    public void Reads_metadata_from_json_ld_and_time()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Accord entre la presse et l'IA","datePublished":"2024-05-23T08:45:00+02:00",
             "author":[{"@type":"Person","name":"Hélène Castagnet"}]}]}</script>
            """;
        var doc = HtmlToDocument.Convert(Page($"<article>{Paragraphs}</article>", head));

        Assert.Equal("Accord entre la presse et l'IA", doc.Title);
        Assert.Equal("Hélène Castagnet", doc.Author);
        Assert.Equal(new DateOnly(2024, 5, 23), doc.PublishedAt);

        var withTime = HtmlToDocument.Convert(Page($"""<article><p class="date">Publié le <time datetime="2023-11-02">2 novembre</time></p>{Paragraphs}</article>"""));
        Assert.Equal(new DateOnly(2023, 11, 2), withTime.PublishedAt);
    }

    [Theory]
    [InlineData("Un accord historique - Le Quotidien", "Le Quotidien", "Un accord historique")]
    [InlineData("Les rédactions face à l'intelligence artificielle | Le Monde", null, "Les rédactions face à l'intelligence artificielle")]
    [InlineData("Pourquoi l'IA inquiète - et rassure - les traducteurs", null, "Pourquoi l'IA inquiète - et rassure - les traducteurs")]
    [InlineData("Le Progrès automatise ses pages locales : 30 journalistes inquiets", null, "Le Progrès automatise ses pages locales : 30 journalistes inquiets")]
    [InlineData("Le Progrès automatise ses pages locales : 30 journalistes inquiets - Le Quotidien", "Le Quotidien", "Le Progrès automatise ses pages locales : 30 journalistes inquiets")]
    [InlineData("Le Progrès automatise ses pages locales : 30 journalistes inquiets | Le Quotidien", null, "Le Progrès automatise ses pages locales : 30 journalistes inquiets")]
    [InlineData("Un accord historique pour la presse : Le Quotidien", "Le Quotidien", "Un accord historique pour la presse")]
    public void Drops_the_site_name_from_the_title(string title, string? site, string expected)
    {
        var siteMeta = site is null ? "" : $"""<meta property="og:site_name" content="{site}">""";
        var html = $"<html><head><title>{title}</title>{siteMeta}</head><body><article>{Paragraphs}</article></body></html>";
        Assert.Equal(expected, HtmlToDocument.Convert(html).Title);
    }

    [Fact]
    public void Keeps_a_chapo_set_apart_in_the_article_header()
    {
        var page = $"""
            <header class="article-header"><h1>Un accord historique</h1>
            <p class="article-chapo">Le groupe cède l'accès à vingt ans d'archives à une start-up californienne.</p></header>
            <div class="article-body">{Paragraphs}</div>
            """;
        var doc = HtmlToDocument.Convert(Page(page));

        Assert.StartsWith("Le groupe cède l'accès à vingt ans d'archives", doc.Body);
        Assert.Contains("plusieurs plans de départs.", doc.Body);
    }

    [Fact]
    public void Survives_malformed_html()
    {
        var html = "<html><body><div class=article><p>Le syndicat dénonce, dans un communiqué publié lundi, un plan qui menace trois cents emplois <b>dans les studios<p>Une grève est prévue jeudi, a précisé la secrétaire générale, devant le siège du groupe.</div></span></td>";
        var doc = HtmlToDocument.Convert(html);

        Assert.Contains("trois cents emplois dans les studios", doc.Body);
        Assert.Contains("Une grève est prévue jeudi", doc.Body);
    }

    [Fact]
    public void Page_without_body_text_gives_an_empty_body()
    {
        Assert.Equal("", HtmlToDocument.Convert("<html><head><title>Vide</title></head></html>").Body);
        Assert.Equal("", HtmlToDocument.Convert("").Body);
    }

    [Fact]
    public void Scripts_and_styles_never_reach_the_text()
    {
        var article = $"<article><script>var publicite = 'window.ads';</script><style>.x{{color:red}}</style>{Paragraphs}<script>document.write('pub');</script></article>";
        var doc = HtmlToDocument.Convert(Page(article));

        Assert.DoesNotContain("window.ads", doc.Body);
        Assert.DoesNotContain("color:red", doc.Body);
        Assert.DoesNotContain("document.write", doc.Body);
        Assert.Contains("Le groupe de presse", doc.Body);
    }

    [Fact]
    public void Huge_pages_take_linear_time()
    {
        var related = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<li><a href=\"/article-{i}\">Article lié numéro {i}</a></li>"));
        var html = Page($"<article>{string.Concat(Enumerable.Repeat(Paragraphs, 3000))}</article><ul class=\"related\">{related}</ul>");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var doc = HtmlToDocument.Convert(html);
        Assert.True(html.Length > 1_000_000);
        Assert.Equal(9000, doc.Body.Split('\n').Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{html.Length / 1024} KB took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + Paragraphs + "</body></html>";
        Assert.Contains("Le groupe de presse", HtmlToDocument.Convert(html).Body);
    }

    private static string Sentence(int i) =>
        $"Phrase {i} de l'article : la rédaction, qui teste l'outil depuis trois mois, en discute avec les syndicats, selon la direction.";

    [Fact]
    public void A_comment_thread_longer_than_the_article_is_not_taken_for_it()
    {
        var comments = string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"<li><div><b>lecteur{i}</b> a écrit :</div><p>Commentaire {i} : je ne suis pas d'accord, l'outil, selon moi, remplacera des journalistes, et vite.</p></li>"));
        var html = $"<html><body><article><h1>Un outil contesté</h1>{string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{Sentence(i)}</p>"))}</article>"
            + $"<div id=\"disqus_thread\"><ol>{comments}</ol></div></body></html>";

        var body = HtmlToDocument.Convert(html).Body;
        Assert.Contains("Phrase 4 de l'article", body);
        Assert.DoesNotContain("Commentaire", body);
    }

    [Fact]
    public void A_long_list_of_user_names_is_not_taken_for_the_article()
    {
        var users = string.Join(" , ", Enumerable.Range(0, 600).Select(i => $"<span>utilisateur{i}</span>"));
        var html = $"<html><body><div class=\"main\"><h1>Un outil contesté</h1>{string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{Sentence(i)}</p>"))}</div>"
            + $"<div class=\"members\"><h3>Membres</h3><div>{users}</div></div></body></html>";

        var body = HtmlToDocument.Convert(html).Body;
        Assert.Contains("Phrase 1 de l'article", body);
        Assert.Contains("Phrase 4 de l'article", body);
        Assert.DoesNotContain("utilisateur1", body);
    }
}
