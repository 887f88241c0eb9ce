#:project ../../src/AIMediaTracker.Core/AIMediaTracker.Core.csproj
#:property TreatWarningsAsErrors=true
#:property Nullable=enable
#:property PublishAot=false
// Times the HTML content step alone (decode + HtmlToDocument) per page, in process, after one
// warm-up pass, so that ms/page compares with Readability's in-process figures rather than
// with CLI start-up or entity extraction. Writes score_html.py's JSON lines to stdout.
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using AIMediaTracker.Core.Content;

var files = args.SelectMany(a => Directory.Exists(a) ? Directory.GetFiles(a, "*.html").Order(StringComparer.Ordinal).ToArray() : new[] { a }).ToList();
var pages = files.Select(f => (File: f, Bytes: File.ReadAllBytes(f))).ToList();
foreach (var p in pages) DocumentReader.Read(p.Bytes, DocumentFormat.Html);
var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
foreach (var p in pages)
{
    // CPU time too: on a shared machine wall time mostly measures the neighbours.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var doc = DocumentReader.Read(p.Bytes, DocumentFormat.Html);
    var ms = sw.Elapsed.TotalMilliseconds;
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        file = Path.GetFileName(p.File),
        title = doc.Title,
        author = doc.Author,
        published = doc.PublishedAt?.ToString("yyyy-MM-dd"),
        canonical = doc.CanonicalUrl,
        links = doc.Links,
        text = doc.Body,
        ms = Math.Round(ms, 2),
        cpuMs = Math.Round(cpuMs, 2),
    }, json));
}
