using System.Globalization;
using System.Net;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// Fetches one page or feed with the limits of <see cref="FetchOptions"/>: http(s) only, public
/// addresses only (checked at connect time by <see cref="GuardedConnect"/>), at most N redirects each
/// checked again, a deadline for the whole fetch, a size cap applied while reading the decompressed
/// body, and only the content types we can read. Every refusal is a <see cref="FetchException"/>.
/// The address guard lives in the handler: give it a client built on <see cref="CreateHandler"/>.
/// </summary>
public sealed class PageFetcher(HttpClient http, FetchOptions options, TimeProvider clock)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly HostAllowList allowList = new(options.AllowedHosts);

    /// <summary>The handler every fetcher client must use; it is what refuses private addresses.</summary>
    public static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        // Redirects are followed by FetchAsync so each hop gets the scheme check and its own connect check.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        // Through a proxy the proxy would be the one connecting, out of reach of the address check.
        UseProxy = false,
        UseCookies = false,
        // A body we stopped reading (too large) is not worth draining to reuse the connection: close it.
        MaxResponseDrainSize = 0,
        ConnectTimeout = options.Timeout,
        // Pooled connections are reused without a new connect; renew them so DNS changes are seen.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = GuardedConnect.Callback(new HostAllowList(options.AllowedHosts)),
    };

    /// <summary>A fetcher with its own client; keep one for the life of the app (it pools connections).</summary>
    public static PageFetcher Create(FetchOptions options, TimeProvider? clock = null) =>
        new(new HttpClient(CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan }, options, clock ?? TimeProvider.System);

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken ct) => FetchAsync(url, null, ct);

    public async Task<FetchedPage> FetchAsync(Uri url, ConditionalHeaders? conditional = null, CancellationToken ct = default)
    {
        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return await FollowAsync(url, conditional, linked.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            // Either our deadline or the HttpClient's own Timeout fired, never the caller.
            var limit = deadline.IsCancellationRequested || http.Timeout == Timeout.InfiniteTimeSpan ? options.Timeout : http.Timeout;
            throw new FetchException(FetchFailure.Timeout, $"Délai dépassé après {limit.TotalSeconds.ToString("0.###", French)} s", e);
        }
    }

    private async Task<FetchedPage> FollowAsync(Uri requested, ConditionalHeaders? conditional, CancellationToken ct)
    {
        var url = requested;
        for (var hop = 0; ; hop++)
        {
            CheckTarget(url);
            using var request = BuildRequest(url, conditional);
            using var response = await SendAsync(request, ct);
            if (IsRedirect(response.StatusCode))
            {
                if (hop >= options.MaxRedirects)
                    throw new FetchException(FetchFailure.TooManyRedirects, $"Trop de redirections (plus de {options.MaxRedirects})");
                var location = response.Headers.Location
                    ?? throw new FetchException(FetchFailure.HttpError, $"Redirection ({(int)response.StatusCode}) sans adresse de destination") { StatusCode = (int)response.StatusCode };
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }
            return await ReadResponseAsync(requested, url, response, conditional, ct);
        }
    }

    private async Task<FetchedPage> ReadResponseAsync(Uri requested, Uri url, HttpResponseMessage response, ConditionalHeaders? conditional, CancellationToken ct)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new FetchedPage(requested, url, FetchStatus.NotModified, null, null, etag ?? conditional?.ETag, lastModified ?? conditional?.LastModified, []);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new FetchException(FetchFailure.HttpError, $"Le serveur a répondu {status} ({response.ReasonPhrase}) pour {url}") { StatusCode = status };
        }
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType
            ?? throw new FetchException(FetchFailure.UnsupportedContentType, "Type de contenu non indiqué par le serveur");
        if (!AcceptedMediaTypes.IsAccepted(mediaType))
            throw new FetchException(FetchFailure.UnsupportedContentType, $"Type de contenu non pris en charge : {mediaType}");
        var body = await new CappedReader(options.MaxBytes).ReadAsync(response.Content, ct);
        return new FetchedPage(requested, url, FetchStatus.Ok, mediaType.ToLowerInvariant(), contentType?.CharSet, etag, lastModified, body);
    }

    private HttpRequestMessage BuildRequest(Uri url, ConditionalHeaders? conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url)
        {
            // HTTP/3 runs over QUIC, which does not go through ConnectCallback and so would skip the address check.
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", AcceptedMediaTypes.AcceptHeader);
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr-FR, fr;q=0.9, en;q=0.5");
        if (!string.IsNullOrEmpty(conditional?.ETag)) request.Headers.TryAddWithoutValidation("If-None-Match", conditional.ETag);
        if (conditional?.LastModified is { } since) request.Headers.IfModifiedSince = since;
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            // The connect callback's own refusals arrive wrapped: hand them on as they are.
            for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            {
                if (inner is FetchException refusal) throw refusal;
            }
            var host = request.RequestUri!.Authority;
            var message = e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => $"Nom de domaine introuvable : {request.RequestUri.Host}",
                HttpRequestError.ConnectionError => $"Connexion impossible à {host}",
                HttpRequestError.SecureConnectionError => $"Connexion sécurisée (TLS) impossible avec {host}",
                _ => $"Échange interrompu avec {host} ({e.HttpRequestError})",
            };
            throw new FetchException(FetchFailure.Unreachable, message, e);
        }
    }

    // The URL check catches what needs no connection: other schemes and literal private addresses.
    private void CheckTarget(Uri url)
    {
        if (!url.IsAbsoluteUri)
            throw new FetchException(FetchFailure.SchemeRefused, $"Adresse refusée : « {url} » n'est pas une adresse complète");
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            throw new FetchException(FetchFailure.SchemeRefused, $"Adresse refusée : seuls http et https sont acceptés, pas « {url.Scheme} »");
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
            GuardedConnect.EnsureAllowed(url.IdnHost, url.Port, literal, allowList);
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
