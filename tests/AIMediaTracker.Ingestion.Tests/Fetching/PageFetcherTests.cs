using System.Diagnostics;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Ingestion.Tests.Fetching;

// Every request goes to the LocalServer on 127.0.0.1; only its first port is allowed.
public class PageFetcherTests(LocalServer server) : IClassFixture<LocalServer>
{
    private PageFetcher Fetcher(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowedHosts = [$"127.0.0.1:{server.BaseUrl.Port}"] };
        configure?.Invoke(options);
        return PageFetcher.Create(options);
    }

    // The fetcher's own handler, with its guarded sockets wrapped to count what comes off the wire.
    private (PageFetcher Fetcher, List<CountingStream> Sockets) CountingFetcher()
    {
        var options = new FetchOptions { AllowedHosts = [$"127.0.0.1:{server.BaseUrl.Port}"] };
        var handler = PageFetcher.CreateHandler(options);
        var connect = handler.ConnectCallback!;
        var sockets = new List<CountingStream>();
        handler.ConnectCallback = async (context, ct) =>
        {
            var counting = new CountingStream(await connect(context, ct));
            lock (sockets) sockets.Add(counting);
            return counting;
        };
        return (new PageFetcher(new HttpClient(handler), options, TimeProvider.System), sockets);
    }

    private async Task<FetchException> Refused(string path, Action<FetchOptions>? configure = null) =>
        await Assert.ThrowsAsync<FetchException>(() => Fetcher(configure).FetchAsync(server.Url(path)));

    [Fact]
    public async Task Fetches_a_french_article_page()
    {
        var page = await Fetcher().FetchAsync(server.Url("/article"));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("utf-8", page.Charset);
        Assert.Equal(server.Url("/article"), page.FinalUrl);
        var document = page.ReadDocument();
        Assert.Contains("Glyphosate", document.Title);
        Assert.Contains("glyphosate", document.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Names_the_tracker_in_the_user_agent()
    {
        var page = await Fetcher().FetchAsync(server.Url("/user-agent"));
        Assert.Equal("AIMediaTracker/1.0 (+https://github.com/aimediatracker)", page.Text());
    }

    [Fact]
    public async Task Follows_five_redirects_and_reports_the_final_url()
    {
        var page = await Fetcher().FetchAsync(server.Url("/redirect/5"));
        Assert.Equal(server.Url("/redirect/0"), page.FinalUrl);
        Assert.Equal(server.Url("/redirect/5"), page.RequestedUrl);
        Assert.Equal("Arrivée.", page.Text());
    }

    [Fact]
    public async Task Refuses_a_sixth_redirect()
    {
        var e = await Refused("/redirect/6");
        Assert.Equal(FetchFailure.TooManyRedirects, e.Failure);
        Assert.Equal("Trop de redirections (plus de 5)", e.Message);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_a_local_port_that_is_not_allowed()
    {
        var e = await Refused("/to-other");

        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
        Assert.Equal($"Adresse refusée : 127.0.0.1 est une adresse de bouclage (cette machine) ; pour l'autoriser, ajoutez 127.0.0.1:{server.OtherUrl.Port} au réglage Ingestion__Fetch__AllowedHosts", e.Message);
        Assert.Equal(0, server.SecretHits);
    }

    [Fact]
    public async Task Refuses_a_name_that_resolves_to_loopback_when_only_another_port_is_allowed()
    {
        // "localhost" is no IP literal, so only the check on the resolved address can catch it.
        var url = new Uri($"http://localhost:{server.OtherUrl.Port}/secret");
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(url));

        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
        Assert.EndsWith($"est une adresse de bouclage (cette machine) (pour localhost) ; pour l'autoriser, ajoutez localhost:{server.OtherUrl.Port} au réglage Ingestion__Fetch__AllowedHosts", e.Message);
        Assert.Equal(0, server.SecretHits);
    }

    [Fact]
    public async Task Refuses_loopback_when_nothing_is_allowed()
    {
        var e = await Refused("/article", o => o.AllowedHosts = []);
        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
    }

    [Theory]
    [InlineData("http://[::1]:{0}/secret", "::1 est une adresse de bouclage (cette machine)")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/secret", "::ffff:127.0.0.1 est une adresse de bouclage (cette machine)")]
    [InlineData("http://0.0.0.0:{0}/secret", "0.0.0.0 est une adresse non spécifiée")]
    [InlineData("http://127.0.0.2:{0}/secret", "127.0.0.2 est une adresse de bouclage (cette machine)")]
    public async Task Refuses_other_spellings_of_this_machine(string url, string reason)
    {
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(string.Format(url, server.OtherUrl.Port))));
        Assert.StartsWith("Adresse refusée : " + reason + " ; pour l'autoriser, ajoutez ", e.Message);
        Assert.Equal(0, server.SecretHits);
    }

    [Fact]
    public async Task A_host_allowed_without_port_reaches_every_port()
    {
        var page = await Fetcher(o => o.AllowedHosts = ["127.0.0.1"]).FetchAsync(new Uri(server.OtherUrl, "/user-agent"));
        Assert.Equal(FetchOptions.DefaultUserAgent, page.Text());
    }

    [Fact]
    public async Task Refuses_a_redirect_to_another_scheme()
    {
        var e = await Refused("/to-ftp");
        Assert.Equal(FetchFailure.SchemeRefused, e.Failure);
        Assert.Equal("Adresse refusée : seuls http et https sont acceptés, pas « ftp »", e.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task Refuses_other_schemes_without_a_request(string url)
    {
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(url)));
        Assert.Equal(FetchFailure.SchemeRefused, e.Failure);
    }

    [Fact]
    public async Task Stops_reading_a_50_mb_page_at_the_cap()
    {
        var (fetcher, sockets) = CountingFetcher();
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/huge")));

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.Equal("Page trop volumineuse : plus de 5 Mo", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        // No Content-Length here (chunked), so only the cap applied while reading can stop it.
        var read = sockets.Sum(s => s.BytesRead);
        Assert.InRange(read, FetchOptions.DefaultMaxBytes, FetchOptions.DefaultMaxBytes + 256 * 1024);
    }

    [Fact]
    public async Task Refuses_a_declared_50_mb_page_before_reading_it()
    {
        var (fetcher, sockets) = CountingFetcher();
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/huge-declared")));

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.True(sockets.Sum(s => s.BytesRead) < 1024 * 1024, $"read {sockets.Sum(s => s.BytesRead)} bytes");
    }

    [Fact]
    public async Task Refuses_a_gzip_bomb_once_decompressed_past_the_cap()
    {
        Assert.True(server.Bomb.Length < 1024 * 1024, $"the bomb is {server.Bomb.Length} bytes compressed");
        var e = await Refused("/bomb");

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.Equal("Page trop volumineuse : plus de 5 Mo", e.Message);
    }

    [Fact]
    public async Task Decompresses_gzip_pages()
    {
        var page = await Fetcher().FetchAsync(server.Url("/gzip-page"));
        Assert.Contains("Une page compressée, déjà lue.", page.Text());
    }

    [Fact]
    public async Task Decodes_windows_1252_named_in_the_header()
    {
        var page = await Fetcher().FetchAsync(server.Url("/latin"));

        Assert.Equal("windows-1252", page.Charset);
        var document = page.ReadDocument();
        Assert.Equal("Rentrée", document.Title);
        Assert.Contains(LocalServer.Latin1Sentence, document.Body);
    }

    [Fact]
    public async Task Refuses_images()
    {
        var e = await Refused("/image");
        Assert.Equal(FetchFailure.UnsupportedContentType, e.Failure);
        Assert.Equal("Type de contenu non pris en charge : image/png", e.Message);
    }

    [Fact]
    public async Task Refuses_a_body_without_content_type()
    {
        var e = await Refused("/no-type");
        Assert.Equal(FetchFailure.UnsupportedContentType, e.Failure);
    }

    [Fact]
    public async Task Reports_http_errors_with_their_status()
    {
        var e = await Refused("/missing");
        Assert.Equal(FetchFailure.HttpError, e.Failure);
        Assert.Equal(404, e.StatusCode);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task Gives_up_after_the_timeout()
    {
        var clock = Stopwatch.StartNew();
        var e = await Refused("/slow", o => o.Timeout = TimeSpan.FromMilliseconds(300));

        Assert.Equal(FetchFailure.Timeout, e.Failure);
        Assert.Equal("Délai dépassé après 0,3 s", e.Message);
        Assert.True(e.IsTransient);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Caller_cancellation_stays_a_cancellation()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Fetcher().FetchAsync(server.Url("/slow"), null, cts.Token));
    }

    [Fact]
    public async Task Answers_not_modified_to_a_matching_etag()
    {
        var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(server.Url("/conditional"));
        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), first.LastModified);

        var second = await fetcher.FetchAsync(server.Url("/conditional"), first.Validators);

        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Empty(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
    }

    [Fact]
    public async Task Answers_not_modified_to_if_modified_since()
    {
        var since = new ConditionalHeaders(null, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var page = await Fetcher().FetchAsync(server.Url("/conditional"), since);
        Assert.Equal(FetchStatus.NotModified, page.Status);
    }

    [Fact]
    public async Task Fetches_and_parses_an_rss_feed()
    {
        var page = await Fetcher().FetchAsync(server.Url("/rss.xml"));
        Assert.True(page.IsFeed);

        var feed = FeedParser.Parse(page.Body, page.FinalUrl);

        Assert.Equal("Le Quotidien – Économie", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(new Uri("https://journal.exemple.fr/economie/ia-redactions"), feed.Items[0].Link);
        Assert.Equal(server.Url("/economie/mistral-levee"), feed.Items[1].Link);   // relative: against the feed's own URL
    }

    [Fact]
    public async Task Fetches_and_parses_an_atom_feed()
    {
        var page = await Fetcher().FetchAsync(server.Url("/atom.xml"));
        Assert.True(page.IsFeed);

        var feed = FeedParser.Parse(page.Body, page.FinalUrl);

        Assert.Equal("Blog de la rédaction", feed.Title);
        Assert.Equal(server.Url("/entretiens/chercheuse"), feed.Items[1].Link);
    }
}
