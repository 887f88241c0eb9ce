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

namespace AIMediaTracker.Ingestion.Tests.Support;

/// <summary>
/// A news site on a real Kestrel server on 127.0.0.1: French article pages from the shared dev set,
/// an RSS feed listing them, and hostile answers. A second loopback port stands for a local service
/// that redirects must never reach.
/// </summary>
public sealed class ArticleServer : IAsyncLifetime
{
    public const string First = "disney-universal-plainte-midjourney.html";
    public const string Second = "news-corp-openai-accord.html";

    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = null!;
    public Uri OtherUrl { get; private set; } = null!;

    public Uri Url(string path) => new(BaseUrl, path);

    public async Task InitializeAsync()
    {
        var pages = SharedCorpus.Path("corpus", "news-fr");
        (app, BaseUrl, OtherUrl) = await TwoPortServer.StartAsync(web => Map(web, pages));
    }

    private void Map(WebApplication app, string pages)
    {
        var realPages = SharedCorpus.Path("corpus", "html", "pages");
        app.MapGet("/pages/{name}", (string name) => Results.File(Path.Combine(realPages, Path.GetFileName(name)), "text/html; charset=utf-8"));
        app.MapGet("/articles/{name}", (string name) => Results.File(Path.Combine(pages, Path.GetFileName(name)), "text/html; charset=utf-8"));
        app.MapGet("/feed.xml", () => Results.Text(Feed(), "application/rss+xml; charset=utf-8"));
        app.MapGet("/variant/{n:int}", (int n) => Results.Text(
            $"<html><head><title>Accord</title><link rel=\"canonical\" href=\"{Url("/canonique/accord")}\"></head><body><article><h1>Accord entre OpenAI et un éditeur</h1>" +
            $"<p>OpenAI a signé un accord de licence avec un éditeur de presse français, selon un communiqué publié mardi{(n == 2 ? " (mis à jour)" : "")}.</p>" +
            "<p>Le montant n'a pas été rendu public, mais les syndicats de journalistes demandent des garanties sur l'emploi.</p></article></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/empty", () => Results.Text("<html><head><title>Vide</title></head></html>", "text/html; charset=utf-8"));
        app.MapGet("/to-other", () => Results.Redirect(new Uri(OtherUrl, "/articles/" + First).ToString()));
        app.MapGet("/huge", async (HttpContext ctx) =>
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 64 * 1024) + "</p>");
            for (var sent = 0L; sent < 50L * 1024 * 1024 && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
        });
        app.MapGet("/bomb", (HttpContext ctx) =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(GzipZeros(50 * 1024 * 1024), "text/html; charset=utf-8");
        });
        app.MapGet("/xxe-feed", () => Results.Text(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>",
            "application/rss+xml; charset=utf-8"));
        app.MapGet("/mislabelled", () => Results.Bytes(Encoding.Latin1.GetBytes(
            "<html><body><article><h1>Les comédiens de doublage inquiets</h1><p>Le syndicat des artistes-interprètes redoute que l'IA générative remplace les voix françaises.</p></article></body></html>"),
            "text/html; charset=utf-8"));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    private string Feed() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>L'IA et les médias</title><link>{BaseUrl}</link><description>Test</description>
        <item><title>Disney et Universal contre Midjourney</title><link>{Url("/articles/" + First)}</link><pubDate>Wed, 11 Jun 2025 08:00:00 GMT</pubDate></item>
        <item><title>News Corp et OpenAI</title><link>{Url("/articles/" + Second)}</link><pubDate>Thu, 23 May 2024 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private static byte[] GzipZeros(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < size / zeros.Length; i++) gzip.Write(zeros);
        }
        return output.ToArray();
    }
}
