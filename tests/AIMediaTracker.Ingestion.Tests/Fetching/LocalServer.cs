using AIMediaTracker.TestSupport;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIMediaTracker.Ingestion.Tests.Fetching;

/// <summary>
/// A real Kestrel server on two loopback ports chosen by the system. Tests allow only the first
/// (<see cref="BaseUrl"/>); the second (<see cref="OtherUrl"/>) stands for a local service a
/// redirect must not reach. Nothing here listens on or calls any other address.
/// </summary>
public sealed class LocalServer : IAsyncLifetime
{
    public const long HugeSize = 50L * 1024 * 1024;
    public const string ArticleFile = "lopinion.fr.glyphosate.html";
    public const string Latin1Sentence = "Les élèves de l'école ont payé 5 € à la rentrée, déjà.";

    private WebApplication? app;
    private int secretHits;
    private int dtdHits;

    public Uri BaseUrl { get; private set; } = null!;
    public Uri OtherUrl { get; private set; } = null!;
    public int SecretHits => Volatile.Read(ref secretHits);
    public int DtdHits => Volatile.Read(ref dtdHits);
    public byte[] Bomb { get; } = MakeGzipBomb(HugeSize);

    public Uri Url(string path) => new(BaseUrl, path);

    public async Task InitializeAsync()
    {
        (app, BaseUrl, OtherUrl) = await Support.TwoPortServer.StartAsync(web => MapRoutes(web, CorpusPage(ArticleFile)));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    private void MapRoutes(WebApplication web, string articlePath)
    {
        web.MapGet("/article", () => Results.File(articlePath, "text/html; charset=utf-8"));
        web.MapGet("/redirect/{n:int}", (int n) => n > 0 ? Results.Redirect($"/redirect/{n - 1}") : Results.Text("Arrivée.", "text/plain"));
        web.MapGet("/to-other", () => Results.Redirect(new Uri(OtherUrl, "/secret").ToString()));
        web.MapGet("/to-ftp", () => Results.Redirect("ftp://127.0.0.1/fichier.txt"));
        web.MapGet("/secret", () =>
        {
            Interlocked.Increment(ref secretHits);
            return Results.Text("Service interne", "text/plain");
        });
        web.MapGet("/huge", (HttpContext ctx) => StreamHugeAsync(ctx, declareLength: false));
        web.MapGet("/huge-declared", (HttpContext ctx) => StreamHugeAsync(ctx, declareLength: true));
        web.MapGet("/bomb", (HttpContext ctx) =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(Bomb, "text/html; charset=utf-8");
        });
        web.MapGet("/gzip-page", (HttpContext ctx) =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(Gzip(Encoding.UTF8.GetBytes("<html><body><p>Une page compressée, déjà lue.</p></body></html>")), "text/html; charset=utf-8");
        });
        web.MapGet("/latin", () => Results.Bytes(Windows1252($"<html><head><title>Rentrée</title></head><body><p>{Latin1Sentence}</p></body></html>"),
            "text/html; charset=windows-1252"));
        web.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        web.MapGet("/no-type", () => Results.Bytes("<p>sans type</p>"u8.ToArray()));
        web.MapGet("/missing", () => Results.NotFound());
        web.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Text("Trop tard.", "text/plain");
        });
        web.MapGet("/user-agent", (HttpContext ctx) => Results.Text(ctx.Request.Headers.UserAgent.ToString(), "text/plain"));
        web.MapGet("/conditional", (HttpContext ctx) =>
        {
            var lastModified = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = lastModified.ToString("R");
            var headers = ctx.Request.GetTypedHeaders();
            var unchanged = headers.IfNoneMatch.Any(t => t.Tag == "\"v1\"")
                || (headers.IfNoneMatch.Count == 0 && headers.IfModifiedSince >= lastModified);
            return unchanged ? Results.StatusCode(304) : Results.Text("<p>Version 1</p>", "text/html; charset=utf-8");
        });
        web.MapGet("/rss-0.91.dtd", () =>
        {
            Interlocked.Increment(ref dtdHits);
            return Results.Text("<!ENTITY eacute \"&#233;\">", "application/xml-dtd");
        });
        web.MapGet("/rss.xml", () => Results.Text(FeedSamples.Rss, "application/rss+xml; charset=utf-8"));
        web.MapGet("/atom.xml", () => Results.Text(FeedSamples.Atom, "application/atom+xml; charset=utf-8"));
    }

    private async Task StreamHugeAsync(HttpContext ctx, bool declareLength)
    {
        ctx.Response.ContentType = "text/html; charset=utf-8";
        if (declareLength) ctx.Response.ContentLength = HugeSize;
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        try
        {
            for (long sent = 0; sent < HugeSize && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The client hung up, which is the point.
        }
    }

    private static string CorpusPage(string name) => AIMediaTracker.TestSupport.SharedCorpus.Path("corpus", "html", "pages", name);

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(bytes);
        return output.ToArray();
    }

    // One gzip member of 1 MB of spaces (about 1 KB compressed), repeated: readers inflate concatenated
    // members one after the other, so 50 MB of page costs some 50 KB on the wire and nothing to build.
    private static byte[] MakeGzipBomb(long inflatedSize)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        var member = Gzip(spaces);
        using var output = new MemoryStream();
        for (long inflated = 0; inflated < inflatedSize; inflated += spaces.Length) output.Write(member);
        return output.ToArray();
    }
}
